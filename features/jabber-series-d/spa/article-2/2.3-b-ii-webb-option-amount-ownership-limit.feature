@jabber_series_d
Feature: SPA §2.3(b)(ii): the Webb Option never buys Webb above 49% (§5.3(a)), as a limit on how much it may buy
  §2.3(b)(ii): "the exercise of the Webb Option may not violate Section 5.3(a) hereof". §5.3(a): "Unless
  previously approved in writing by each of the Investors, no Investor will engage in any transaction ... if,
  as a result of such transaction ..., such Investor would own, either directly or indirectly, more than 49%
  of the Company's authorized share capital (calculated either by ownership percentage or voting power)." So
  the Shares Webb may buy at a Subsequent Closing are also no more than keep it at or below 49%, exactly 49%
  allowed, by ownership percentage and by voting power, measured from its latest holdings statement before
  that Subsequent Closing (the Subsequent Closing purchases since brought forward), with the other
  purchasers' Shares at that Subsequent Closing outstanding too. Read literally, the ownership percentage is
  of the 175,000,000 authorized shares (49% is 85,750,000); the setting ownership_49_denominator may measure
  it against the shares outstanding. At sc1 Acme Ventures pays $3,000,000.00, so 83.333% lets Webb buy
  4,999,980 Shares at $0.50 a Share, one vote each (illustrative). The holdings are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And a Subsequent Closing "sc1" on "2003-10-15" at "$0.50" a share, under an addendum to the Agreement
    And the "votes_per_share" of the "subsequent_closings" record "sc1" is "1"
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
    And the Webb Option is considered at Subsequent Closing "sc1"

  @spa_2_3_b_webb_option_amount
  Rule: §2.3(b)(ii) Webb may buy no more Shares than keep it at or below 49%, unless each Investor approved in writing

    Scenario: Holding the 4,000,000 Shares it bought at the Closing, Webb is far from 49%: the 83.333% decides
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_ownership_room (SPA §5.3(a)) = 57,510,400"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $2,499,990.00"

    @boundary
    Scenario Outline: Owning 81,000,000 shares, Webb may buy 4,750,000: that takes it to 85,750,000, exactly 49% of 175,000,000
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "<owned>" of "200,000,000" shares of capital stock with "10,000,000" of "200,000,000" votes
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "<status>" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_ownership_room (SPA §5.3(a)) = <room>"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "<available>"

      Examples:
        | owned      | room      | status  | available                                           |
        | 81,000,000 | 4,750,000 | met     | webb_option_available (SPA §2.3(b)) = $2,375,000.00 |
        | 85,749,999 | 1         | met     | webb_option_available (SPA §2.3(b)) = $0.50         |
        | 85,750,000 | 0         | not met | webb_option_available > $0 is false                 |
        | 90,000,000 | 0         | not met | webb_option_available > $0 is false                 |

    @boundary
    Scenario: With 99,000,000 of 200,000,000 votes, the voting power limits Webb to 3,803,921 Shares
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "50,000,000" of "200,000,000" shares of capital stock with "99,000,000" of "200,000,000" votes
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "the Webb Option covers 3,803,921 whole Shares at $0.50 a Share, for $1,901,960.50 (for Webb to buy by January 31, 2004): no more Shares (3,803,921) than keep Webb at or below 49%"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_votes_outstanding_before (SPA §5.3(a)) = 206,000,000"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_room_by_votes (SPA §5.3(a)) = 3,803,921"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $1,901,960.50"

    Scenario Outline: Shares that carry no vote add nothing to Webb's voting power: at exactly 49% of the votes it may still buy, above it not
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "50,000,000" of "200,000,000" shares of capital stock with "<votes>" of "200,000,000" votes
      And the "votes_per_share" of the "subsequent_closings" record "sc1" is "0"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "<status>" for "WEBB"

      Examples:
        | votes      | status  |
        | 98,000,000 | met     |
        | 98,000,001 | not met |

    Scenario Outline: Of the authorized shares, or of the 86,000,000 outstanding with Acme's: Webb's 40,000,000 leave room for 45,750,000, or for 4,196,078
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "40,000,000" of "80,000,000" shares of capital stock with "10,000,000" of "80,000,000" votes
      And the setting "ownership_49_denominator" is "<denominator>"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "<status>" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "<working>"

      Examples:
        | denominator | status | working                                                                                            |
        | authorized  | met    | webb_option_ownership_room (SPA §5.3(a)) = 45,750,000, under ownership_49_denominator = authorized |
        | outstanding | met    | webb_option_ownership_room (SPA §5.3(a)) = 4,196,078, under ownership_49_denominator = outstanding |
        | outstanding | met    | = 4,196,078 * $0.50 = $2,098,039.00                                                                |

    Scenario Outline: Measured fully diluted without the fully diluted count, or left for counsel: unknown
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "40,000,000" of "80,000,000" shares of capital stock with "10,000,000" of "80,000,000" votes
      And the setting "ownership_49_denominator" is "<denominator>"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "unknown" for "WEBB"

      Examples:
        | denominator   |
        | fully_diluted |
        | unresolved    |

    Scenario: A purchase at an earlier Subsequent Closing with no holdings statement since is brought forward
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "81,000,000" of "200,000,000" shares of capital stock with "10,000,000" of "200,000,000" votes
      And in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      And a Subsequent Closing "sc2" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc2" is "1"
      And in Subsequent Closing "sc2" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
      And the Webb Option is considered at Subsequent Closing "sc2"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_capital_stock_before (SPA §5.3(a)) = 83,000,000"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $1,375,000.00"

    Scenario: At exactly 49%, with FTTI's and Intel's written approval beforehand, Webb may buy all the 83.333% allows
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "85,750,000" of "200,000,000" shares of capital stock with "10,000,000" of "200,000,000" votes
      And Investors "FTTI, INTEL" approve "sc1" in writing on "2003-10-10"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_approved (SPA §5.3(a)) = true"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $2,499,990.00"

    Scenario Outline: An approval short of each other Investor's, not in writing, or given after the Subsequent Closing does not lift the limit
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "85,750,000" of "200,000,000" shares of capital stock with "10,000,000" of "200,000,000" votes
      And Investors "<who>" approve "sc1" <how> "<on>"
      When the deal is checked as of "2003-10-20"
      Then "spa.2.3.b.webb_option.amount" is "not met" for "WEBB"

      Examples:
        | who         | how           | on         |
        | INTEL       | in writing on | 2003-10-10 |
        | FTTI, INTEL | on            | 2003-10-10 |
        | FTTI, INTEL | in writing on | 2003-10-16 |

    Scenario: Webb has no holdings statement before the Subsequent Closing: how much it may buy is unknown
      Given there is no "holdings" record "WEBB"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.amount" for "WEBB" is missing "holdings[WEBB]"

    Scenario: The votes a Share carries at the Subsequent Closing are not given: unknown
      Given the "votes_per_share" of the "subsequent_closings" record "sc1" is "unknown"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.amount" for "WEBB" is missing "subsequent_closings[sc1].votes_per_share"

    Scenario: Who approved Webb's purchase at sc1 is not recorded: far below 49%, that does not matter
      Given in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"

    Scenario: Who approved Webb's purchase at sc1 is not recorded: at exactly 49%, it decides, so the amount is unknown
      Given on "2003-09-01", after "Webb's purchase from FTTI", "WEBB" owns "85,750,000" of "200,000,000" shares of capital stock with "10,000,000" of "200,000,000" votes
      And in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.amount" for "WEBB" is missing "subsequent_closing_purchases[WEBB#1].approved_in_writing_by"
