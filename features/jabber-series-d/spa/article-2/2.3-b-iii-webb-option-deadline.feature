@jabber_series_d
Feature: SPA §2.3(b)(iii): Webb buys the Shares available to it under the Webb Option by January 31, 2004
  §2.3(b)(iii): "Webb must purchase any Shares available to it pursuant to the Webb Option by January 31,
  2004." January 31, 2004 is a Saturday; whether it rolls to Monday, February 2 is the setting
  period_fixed_date_roll. Webb has "the right, but not the obligation": not buying is no breach, but a
  purchase after the date is outside the Option.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And a Subsequent Closing "sc1" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm

  @spa_2_3_b_webb_option_deadline
  Rule: §2.3(b)(iii) Webb's Subsequent Closing purchases are made by January 31, 2004

    Scenario: Webb buys at the Subsequent Closing of December 10, 2003
      Given in Subsequent Closing "sc1" "WEBB" pays "$2,000,000.00" for "4,000,000" Shares
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.deadline" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.deadline" for "WEBB" mentions "Webb made every purchase at a Subsequent Closing by January 31, 2004, the last on December 10, 2003"

    Scenario: Webb has not bought: the right is not an obligation
      When the deal is checked as of "2004-03-01"
      Then "spa.2.3.b.webb_option.deadline" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.deadline" for "WEBB" mentions "the Webb Option is a right, not an obligation"

    @boundary
    Scenario Outline: A purchase on Saturday, January 31, 2004 is in time; on Monday, February 2 only if the date rolls
      Given a Subsequent Closing "sc2" on "<day>" at "$0.50" a share, under an addendum to the Agreement
      And in Subsequent Closing "sc2" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      And the setting "period_fixed_date_roll" is "<roll>"
      When the deal is checked as of "2004-02-02"
      Then "spa.2.3.b.webb_option.deadline" is "<status>" for "WEBB"
      And "spa.2.3.b.webb_option.deadline" used the setting "period_fixed_date_roll" as "<roll>"
      And the reason for "spa.2.3.b.webb_option.deadline" for "WEBB" mentions "<why>"

      Examples:
        | day        | roll       | status  | why                                                                                    |
        | 2004-01-31 | not_rolled | met     | made every purchase at a Subsequent Closing by January 31, 2004                        |
        | 2004-01-31 | rolled     | met     | by February 2, 2004, the last on January 31, 2004                                      |
        | 2004-02-02 | not_rolled | not met | on February 2, 2004, after January 31, 2004, the last day to buy under the Webb Option |
        | 2004-02-02 | rolled     | met     | by February 2, 2004, the last on February 2, 2004                                      |

    Scenario: No Subsequent Closing yet: nothing for the deadline to apply to
      When the deal is checked as of "2003-12-01"
      Then "spa.2.3.b.webb_option.deadline" is "not applicable" for "WEBB"

    Scenario: The date of Webb's purchase is not recorded
      Given in Subsequent Closing "sc1" "WEBB" pays "$2,000,000.00" for "4,000,000" Shares
      And the "purchased_on" of the "subsequent_closing_purchases" record "WEBB" is "unknown"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.deadline" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.deadline" for "WEBB" is missing "subsequent_closing_purchases[WEBB#1].purchased_on"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may give Webb until after January 31, 2004
      Given a Subsequent Closing "sc2" on "2004-02-10" at "$0.50" a share, under an addendum to the Agreement
      And in Subsequent Closing "sc2" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.webb_option.deadline" in writing on "2004-01-20"
      When the deal is checked as of "2004-02-10"
      Then "spa.2.3.b.webb_option.deadline" is "waived" for "WEBB"
