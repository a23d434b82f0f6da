@jabber_series_d
Feature: SPA §2.3(b): the Webb Option expires unless an acceptable venture capital firm informs the Company in time
  §2.3(b): "if no reasonably acceptable venture capital firm has informed the Company by November 1, 2003
  that it intends to purchase any Shares in a Subsequent Closing, the Webb Option shall expire on November
  1, 2003, or, if the date for receiving such notice ... is extended by a majority of the Board (including
  all of the Independent Directors ...), then such later date; provided, however, that in no event will
  the Webb Option be extended beyond January 31, 2004." November 1, 2003 is a Saturday; whether it rolls
  to Monday, November 3 is the setting period_fixed_date_roll. The Independent Directors are those
  nominated under VA §2.5: Perry Evans and the second nominee Webb, FTTI and Intel agreed upon.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And the Independent Directors are "Perry Evans, Second Independent Director"
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"

  @spa_2_3_b_webb_option_expiry
  Rule: §2.3(b) The Webb Option lives through November 1, 2003, or the later date a Board vote sets

    Scenario: At the Closing the Webb Option is alive
      When the deal is checked
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "The Webb Option has not expired: the date for a reasonably acceptable venture capital firm to inform the Company that it intends to purchase Shares, November 1, 2003, has not passed"

    @boundary
    Scenario: On Saturday, November 1, 2003, with no notice from any venture capital firm, the Option still lives
      When the deal is checked as of "2003-11-01"
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "webb_option_expiry (SPA §2.3(b)) = 2003-11-01"

    @boundary
    Scenario: The day after, Sunday, November 2, 2003, it has expired
      When the deal is checked as of "2003-11-02"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "The Webb Option expired on November 1, 2003: no venture capital firm reasonably acceptable to the Investors and the Company had informed the Company by then"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "as_of = 2003-11-02"

    @boundary
    Scenario Outline: If November 1, 2003 rolls to Monday, November 3, the Option lives through the 3rd
      Given the setting "period_fixed_date_roll" is "<roll>"
      When the deal is checked as of "<day>"
      Then "spa.2.3.b.webb_option.expiry" is "<status>" for "WEBB"
      And "spa.2.3.b.webb_option.expiry" used the setting "period_fixed_date_roll" as "<roll>"

      Examples:
        | roll       | day        | status  |
        | not_rolled | 2003-11-01 | met     |
        | not_rolled | 2003-11-03 | not met |
        | rolled     | 2003-11-02 | met     |
        | rolled     | 2003-11-03 | met     |
        | rolled     | 2003-11-04 | not met |

    @boundary
    Scenario Outline: Left to counsel whether November 1, 2003 rolls, the Option is decided on every day both readings agree (<day>)
      Given the setting "period_fixed_date_roll" is "unresolved"
      When the deal is checked as of "<day>"
      Then "spa.2.3.b.webb_option.expiry" is "<status>" for "WEBB"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "<why>"
      And "spa.2.3.b.webb_option.expiry" used the setting "period_fixed_date_roll" as "unresolved"

      Examples:
        | day        | status  | why                                                    |
        | 2003-06-01 | met     | the same under every reading of period_fixed_date_roll |
        | 2003-11-01 | met     | the same under every reading of period_fixed_date_roll |
        | 2003-11-02 | unknown | not met under not_rolled, met under rolled             |
        | 2003-11-03 | unknown | not met under not_rolled, met under rolled             |
        | 2003-11-04 | not met | the same under every reading of period_fixed_date_roll |

    Scenario: Left to counsel whether November 1, 2003 rolls, the calendar gives the day under each reading
      Given the setting "period_fixed_date_roll" is "unresolved"
      When the deal is checked as of "2003-11-02"
      Then the calendar lists "webb_option_expiry" on "2003-11-01" under "period_fixed_date_roll=not_rolled"
      And the calendar lists "webb_option_expiry" on "2003-11-03" under "period_fixed_date_roll=rolled"

    Scenario: An acceptable venture capital firm informed the Company in October: the Option outlives November 1
      Given the venture capital firm "Acme Ventures" informs the Company on "2003-10-20" that it intends to purchase Shares
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "informed the Company on October 20, 2003 that it intends to purchase Shares, by November 1, 2003"

    @boundary
    Scenario: A notice on November 1, 2003 itself is in time
      Given the venture capital firm "Acme Ventures" informs the Company on "2003-11-01" that it intends to purchase Shares
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"

    Scenario: A notice the day after November 1, 2003 comes too late
      Given the venture capital firm "Acme Ventures" informs the Company on "2003-11-02" that it intends to purchase Shares
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "informed the Company only on November 2, 2003, after that date"

    Scenario: A firm that Intel does not find reasonably acceptable does not keep the Option alive
      Given "Acme Ventures" is not reasonably acceptable to "INTEL"
      And the venture capital firm "Acme Ventures" informs the Company on "2003-10-20" that it intends to purchase Shares
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "the firm that informed the Company on October 20, 2003 is not reasonably acceptable to Intel"

    Scenario: The Company may not say the firm is acceptable to FTTI: its say-so is set aside, and the outcome is unknown
      Given "Acme Ventures" is reasonably acceptable to "FTTI" as asserted by "COMPANY"
      And the venture capital firm "Acme Ventures" informs the Company on "2003-10-20" that it intends to purchase Shares
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.expiry" for "WEBB" sets aside the assertion by "COMPANY" because "COMPANY may not make it"
      And "spa.2.3.b.webb_option.expiry" for "WEBB" is missing "venture_capital_firms[Acme Ventures].acceptable_to_ftti"

    Scenario: A purchase by an acceptable venture capital firm at a Subsequent Closing in October tells the Company it meant to buy
      Given a Subsequent Closing "sc1" on "2003-10-15" at "$0.2855" a share, under an addendum to the Agreement
      And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "10,507,880" Shares as a venture capital firm
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "bought Shares at a Subsequent Closing on October 15, 2003, by November 1, 2003"

    Scenario: After November 1, 2003, with nothing recorded of the firms' notices, whether the Option lives is unknown
      Given the fact "venture_capital_firm_notices" is unknown
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.expiry" for "WEBB" is missing "venture_capital_firm_notices"

    Scenario: A notice recorded for a date after the one checked is disregarded
      Given the venture capital firm "Acme Ventures" informs the Company on "2003-12-05" that it intends to purchase Shares
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"

    Scenario: The Board, by a majority with both Independent Directors, extends the notice date to December 15, 2003
      Given the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-12-15" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      When the deal is checked as of "2003-12-15"
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "December 15, 2003 (extended by a vote of the Board from November 1, 2003), has not passed"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "webb_option_notice_date (SPA §2.3(b)) = 2003-12-15"

    @boundary
    Scenario: The day after the extended date, with no notice, the Option has expired
      Given the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-12-15" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      When the deal is checked as of "2003-12-16"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "The Webb Option expired on December 15, 2003, the date as extended by the Board"

    Scenario: A notice within the extended date keeps the Option alive after it
      Given the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-12-15" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      And the venture capital firm "Acme Ventures" informs the Company on "2003-12-10" that it intends to purchase Shares
      When the deal is checked as of "2004-01-10"
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"

    @boundary
    Scenario: An extension voted without every Independent Director does not count: the Option expired on November 1
      Given the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-12-15" with "6" of "7" directors, the Independent Directors "Perry Evans" voting for
      When the deal is checked as of "2003-11-02"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "no vote of the Board extended that date (an extension needs a majority of the Board, all the Independent Directors among them)"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "webb_option_notice_date (SPA §2.3(b)) = 2003-11-01"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "left out: 2003-10-30"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "webb_option_extensions[2003-10-30].independent_directors_voting_for = [Perry Evans]"

    Scenario: Both Independent Directors but only 3 of 7 directors is no majority of the Board: the vote does not count
      Given the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-12-15" with "3" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      When the deal is checked as of "2003-11-02"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"

    @boundary
    Scenario Outline: The Board may not extend the Option beyond January 31, 2004
      Given the Board votes on "2003-10-30" to extend the Webb Option notice date to "2004-03-31" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      When the deal is checked as of "<day>"
      Then "spa.2.3.b.webb_option.expiry" is "<status>" for "WEBB"

      Examples:
        | day        | status  |
        | 2004-01-31 | met     |
        | 2004-02-01 | not met |

    Scenario: With the Independent Directors unknown, whether the Board's vote counts is unknown
      Given the fact "board.independent_directors" is unknown
      And the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-12-15" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      When the deal is checked as of "2003-11-02"
      Then "spa.2.3.b.webb_option.expiry" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.expiry" for "WEBB" is missing "board.independent_directors"

    Scenario Outline: A vote taken after November 1, 2003 has passed: whether it revives the Option is a reading
      Given the Board votes on "2003-11-05" to extend the Webb Option notice date to "2003-12-15" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      And the setting "webb_option_extension_vote" is "<reading>"
      When the deal is checked as of "2003-11-06"
      Then "spa.2.3.b.webb_option.expiry" is "<status>" for "WEBB"

      Examples:
        | reading     | status  |
        | any_time    | met     |
        | while_alive | not met |
        | unresolved  | unknown |

    Scenario: Votes in time, one after another, carry the Option on: each taken before the date then in force
      Given the setting "webb_option_extension_vote" is "while_alive"
      And the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-11-20" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      And the Board votes on "2003-11-18" to extend the Webb Option notice date to "2003-12-10" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      And the Board votes on "2003-12-09" to extend the Webb Option notice date to "2004-01-15" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      When the deal is checked as of "2004-01-15"
      Then "spa.2.3.b.webb_option.expiry" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "webb_option_notice_date (SPA §2.3(b)) = 2004-01-15, under webb_option_extension_vote = while_alive"

    Scenario: A vote taken once the date then in force has passed breaks the chain when votes must be taken in time
      Given the setting "webb_option_extension_vote" is "while_alive"
      And the Board votes on "2003-10-30" to extend the Webb Option notice date to "2003-11-20" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      And the Board votes on "2003-11-25" to extend the Webb Option notice date to "2004-01-15" with "5" of "7" directors, the Independent Directors "Perry Evans, Second Independent Director" voting for
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.expiry" for "WEBB" mentions "webb_option_notice_date (SPA §2.3(b)) = 2003-11-20, under webb_option_extension_vote = while_alive"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the expiry
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.webb_option.expiry" in writing on "2003-11-05"
      When the deal is checked as of "2003-11-10"
      Then "spa.2.3.b.webb_option.expiry" is "waived" for "WEBB"

    @waiver
    Scenario: Webb alone cannot keep its Option alive by waiving the expiry
      Given "WEBB" waives "spa.2.3.b.webb_option.expiry" in writing on "2003-11-05"
      When the deal is checked as of "2003-11-10"
      Then "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"
      And "spa.2.3.b.webb_option.expiry" for "WEBB" sets aside the waiver by "WEBB" because "did not join"
