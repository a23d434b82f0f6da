@jabber_series_d
Feature: SPA §2.3(b)(i): Webb buys no more than $2,500,000 of Shares in the Subsequent Closings
  §2.3(b)(i): "Webb may not purchase an aggregate amount of Shares with a value in excess of Two Million,
  Five Hundred Thousand Dollars ($2,500,000) in the Subsequent Closings". "In excess of" is strictly more:
  exactly $2,500,000.00 is allowed. The value is what Webb paid; every Webb purchase at a Subsequent
  Closing counts.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And a Subsequent Closing "sc1" on "2003-10-15" at "$0.50" a share, under an addendum to the Agreement
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$1,200,000.00" for "2,400,000" Shares as a venture capital firm
    And in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
    And a Subsequent Closing "sc2" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
    And in Subsequent Closing "sc2" "Acme Ventures" pays "$1,800,000.00" for "3,600,000" Shares as a venture capital firm

  @spa_2_3_b_webb_option_cap
  Rule: §2.3(b)(i) Webb's Subsequent Closing purchases add up to no more than $2,500,000

    Scenario: Webb bought $1,000,000.00 of Shares at the first Subsequent Closing: within the cap
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.cap" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.cap" for "WEBB" mentions "Webb has bought $1,000,000.00 of Shares in the Subsequent Closings, within the $2,500,000 cap"
      And the working for "spa.2.3.b.webb_option.cap" for "WEBB" mentions "$1,000,000.00 (WEBB#1)"

    @boundary
    Scenario Outline: Exactly $2,500,000.00 in all is allowed; one cent more is in excess of the cap
      Given in Subsequent Closing "sc2" "WEBB" pays "<paid>" for "3,000,000" Shares
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.cap" is "<status>" for "WEBB"
      And the working for "spa.2.3.b.webb_option.cap" for "WEBB" mentions "<total>"

      Examples:
        | paid          | total         | status  |
        | $1,500,000.00 | $2,500,000.00 | met     |
        | $1,500,000.01 | $2,500,000.01 | not met |

    Scenario: Before any Subsequent Closing the cap has nothing to measure
      When the deal is checked as of "2003-10-01"
      Then "spa.2.3.b.webb_option.cap" is "not applicable" for "WEBB"

    Scenario: What Webb paid at the second Subsequent Closing is not recorded
      Given in Subsequent Closing "sc2" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      And the "amount_paid" of the "subsequent_closing_purchases" record "WEBB" is "unknown"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.cap" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.cap" for "WEBB" is missing "subsequent_closing_purchases[WEBB#1].amount_paid"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may let Webb exceed the cap
      Given in Subsequent Closing "sc2" "WEBB" pays "$1,600,000.00" for "3,200,000" Shares
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.webb_option.cap" in writing on "2003-12-01"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.cap" is "waived" for "WEBB"

    @waiver
    Scenario: The Company alone may not let Webb exceed the cap
      Given in Subsequent Closing "sc2" "WEBB" pays "$1,600,000.00" for "3,200,000" Shares
      And "COMPANY" waives "spa.2.3.b.webb_option.cap" in writing on "2003-12-01"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.cap" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.cap" for "WEBB" mentions "Webb has bought $2,600,000.00 of Shares in the Subsequent Closings, $100,000.00 in excess of the $2,500,000 cap"
      And "spa.2.3.b.webb_option.cap" for "WEBB" sets aside the waiver by "COMPANY" because "did not join"
