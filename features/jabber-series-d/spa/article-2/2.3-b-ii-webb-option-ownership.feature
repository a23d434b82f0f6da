@jabber_series_d
Feature: SPA §2.3(b)(ii): the Webb Option may not take Webb above 49% (§5.3(a))
  §2.3(b)(ii): "the exercise of the Webb Option may not violate Section 5.3(a) hereof". §5.3(a): "Unless
  previously approved in writing by each of the Investors, no Investor will engage in any transaction ...
  if, as a result of such transaction ..., such Investor would own, either directly or indirectly, more
  than 49% of the Company's authorized share capital (calculated either by ownership percentage or voting
  power)." Exactly 49% is not more than 49%. Of what the ownership percentage is taken is the setting
  ownership_49_denominator: by default the 175,000,000 authorized shares (Restated Certificate Art.
  IV), of which 49% is 85,750,000.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And a Subsequent Closing "sc1" on "2003-10-15" at "$0.50" a share, under an addendum to the Agreement
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
    And in Subsequent Closing "sc1" "WEBB" pays "$2,000,000.00" for "4,000,000" Shares
    And no Investor approved in writing the purchase by "WEBB" in Subsequent Closing "sc1"
    And after Subsequent Closing "sc1" the Company has "120,000,000" shares outstanding, "130,000,000" fully diluted, carrying "120,000,000" votes

  @spa_2_3_b_webb_option_ownership
  Rule: §2.3(b)(ii) After each Subsequent Closing purchase Webb holds at most 49%, by shares and by votes

    @boundary
    Scenario Outline: Exactly 49% of the authorized share capital is allowed; one share more is not
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "<owned>" shares carrying "50,000,000" votes
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "<status>" for "WEBB"
      And "spa.2.3.b.webb_option.ownership" used the setting "ownership_49_denominator" as "authorized"
      And the reason for "spa.2.3.b.webb_option.ownership" for "WEBB" mentions "<why>"

      Examples:
        | owned      | status  | why                                                                                                                             |
        | 85,750,000 | met     | Webb owned 85,750,000 shares, no more than 49% of the 175,000,000 shares of the Company's authorized share capital (85,750,000) |
        | 85,750,001 | not met | Webb owned 85,750,001 shares, more than 49% of the 175,000,000 shares of the Company's authorized share capital (85,750,000)    |

    @boundary
    Scenario Outline: Voting power counts too: more than 49% of the votes is a breach whatever the shares
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "50,000,000" shares carrying "<votes>" votes
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "<status>" for "WEBB"

      Examples:
        | votes      | status  |
        | 58,800,000 | met     |
        | 58,800,001 | not met |

    Scenario Outline: Of the shares outstanding, 60,000,000 shares is more than 49%; of the authorized shares it is not
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "60,000,000" shares carrying "50,000,000" votes
      And the setting "ownership_49_denominator" is "<denominator>"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "<status>" for "WEBB"

      Examples:
        | denominator   | status  |
        | authorized    | met     |
        | outstanding   | not met |
        | fully_diluted | met     |
        | unresolved    | unknown |

    Scenario: Approved beforehand in writing by FTTI, Intel and Webb, Webb may go above 49%
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "90,000,000" shares carrying "50,000,000" votes
      And "FTTI, INTEL, WEBB" approved in writing on "2003-10-10" the purchase by "WEBB" in Subsequent Closing "sc1"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.ownership" for "WEBB" mentions "took it above 49%, but each Investor had approved it in writing beforehand, on October 10, 2003"

    Scenario: Without Intel's written approval, every other Investor's is not enough
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "90,000,000" shares carrying "50,000,000" votes
      And "FTTI, WEBB" approved in writing on "2003-10-10" the purchase by "WEBB" in Subsequent Closing "sc1"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.ownership" for "WEBB" mentions "Webb owned 90,000,000 shares, more than 49% of the 175,000,000 shares of the Company's authorized share capital (85,750,000), without the prior written approval of each of FTTI, Intel and Webb"

    Scenario: An approval given after the purchase is not a previous approval
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "90,000,000" shares carrying "50,000,000" votes
      And "FTTI, INTEL, WEBB" approved in writing on "2003-10-20" the purchase by "WEBB" in Subsequent Closing "sc1"
      When the deal is checked as of "2003-10-20"
      Then "spa.2.3.b.webb_option.ownership" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.ownership" for "WEBB" mentions "the Investors approved it in writing only on October 20, 2003, after the purchase"

    Scenario: Above 49%, with nothing recorded of the Investors' approvals, the outcome is unknown
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "90,000,000" shares carrying "50,000,000" votes
      And the "approved_in_writing_by" of the "subsequent_closing_purchases" record "WEBB" is "unknown"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.ownership" for "WEBB" is missing "subsequent_closing_purchases[WEBB#1].approved_in_writing_by"

    Scenario: The votes Webb's shares carry are not recorded (the Series D voting terms are not in the filing)
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "50,000,000" shares carrying "50,000,000" votes
      And the "votes_after" of the "subsequent_closing_purchases" record "WEBB" is "unknown"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.ownership" for "WEBB" is missing "subsequent_closing_purchases[WEBB#1].votes_after"

    Scenario: No Subsequent Closing yet: Webb has not exercised the Option
      When the deal is checked as of "2003-10-01"
      Then "spa.2.3.b.webb_option.ownership" is "not applicable" for "WEBB"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the limit
      Given after its purchase in Subsequent Closing "sc1" "WEBB" owns "90,000,000" shares carrying "50,000,000" votes
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.webb_option.ownership" in writing on "2003-10-10"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.ownership" is "waived" for "WEBB"
