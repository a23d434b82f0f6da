@jabber_series_d
Feature: SPA §2.3(b): each purchase Webb made within 83.333% of what the venture capital firm paid at that Subsequent Closing
  "then Webb shall have the right, but not the obligation, to purchase Shares in an aggregate amount of up to
  83.333% of the total purchase price paid for all Shares by such venture capital firm in a Subsequent
  Closing (the "Webb Option")". What Webb paid at each Subsequent Closing is at most 83.333% (83,333/100,000,
  exactly as written) of what venture capital firms reasonably acceptable to the Company and to each
  Investor paid at that same Subsequent Closing: a firm paying $3,000,000.00 lets Webb pay $2,499,990.00,
  not a cent more. The readings webb_option_several_firms and webb_option_base are those of the amount Webb
  may still buy.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And "Beta Capital" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And a Subsequent Closing "sc1" on "2003-10-15" at "$0.50" a share, under an addendum to the Agreement
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm

  @spa_2_3_b_webb_option_amount_purchases
  Rule: §2.3(b) Each Webb purchase at a Subsequent Closing is within 83.333% of what the acceptable firms paid there

    @boundary
    Scenario Outline: Acme Ventures paid $3,000,000.00: Webb may pay $2,499,990.00 and not a cent more
      Given in Subsequent Closing "sc1" "WEBB" pays "<webb paid>" for "4,999,980" Shares
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount.purchases" is "<status>" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount.purchases" for "WEBB" mentions "$3,000,000.00 * 83333/100000 = $2,499,990.00"
      And the reason for "spa.2.3.b.webb_option.amount.purchases" for "WEBB" mentions "<why>"

      Examples:
        | webb paid     | status  | why                                                                                                                 |
        | $2,499,990.00 | met     | Webb paid $2,499,990.00 at the Subsequent Closing of October 15, 2003, no more than 83.333% of the $3,000,000.00    |
        | $2,499,990.01 | not met | Webb paid $2,499,990.01 at the Subsequent Closing of October 15, 2003, $0.01 more than 83.333% of the $3,000,000.00 |

    @boundary
    Scenario Outline: A firm paying $3,000,000.01 lets Webb pay $2,499,990.0083333: $2,499,990.00 is within it, $2,499,990.01 is not
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.01" for "6,000,000" Shares as a venture capital firm
      And in Subsequent Closing "sc1" "WEBB" pays "<webb paid>" for "4,999,980" Shares
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount.purchases" is "<status>" for "WEBB"

      Examples:
        | webb paid     | status  |
        | $2,499,990.00 | met     |
        | $2,499,990.01 | not met |

    Scenario: Webb bought at a Subsequent Closing where no acceptable venture capital firm bought: outside the Option
      Given a Subsequent Closing "sc2" on "2003-10-30" at "$0.50" a share, under an addendum to the Agreement
      And in Subsequent Closing "sc2" "WEBB" pays "$500,000.00" for "1,000,000" Shares
      When the deal is checked as of "2003-10-30"
      Then "spa.2.3.b.webb_option.amount.purchases" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount.purchases" for "WEBB" mentions "Webb paid $500,000.00 for Shares at the Subsequent Closing of October 30, 2003, where no venture capital firm reasonably acceptable to the Investors and the Company bought"

    Scenario: A firm that Intel did not find reasonably acceptable gives Webb nothing to buy against
      Given "Acme Ventures" is not reasonably acceptable to "INTEL"
      And in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount.purchases" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount.purchases" for "WEBB" mentions "the purchase is outside the Webb Option"

    Scenario Outline: Two acceptable firms at one Subsequent Closing: Webb's $1,499,994.00 is within their purchases added up, not within the named firm's
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$1,200,000.00" for "2,400,000" Shares as a venture capital firm
      And in Subsequent Closing "sc1" "Beta Capital" pays "$600,000.00" for "1,200,000" Shares as a venture capital firm
      And the "option_firm" of the "subsequent_closings" record "sc1" is "Acme Ventures"
      And in Subsequent Closing "sc1" "WEBB" pays "$1,499,994.00" for "2,999,988" Shares
      And the setting "webb_option_several_firms" is "<reading>"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount.purchases" is "<status>" for "WEBB"
      And "spa.2.3.b.webb_option.amount.purchases" used the setting "webb_option_several_firms" as "<reading>"

      Examples:
        | reading    | status  |
        | summed     | met     |
        | named_firm | not met |

    Scenario Outline: Webb sat out the first Subsequent Closing and caught up at the second: measured per Subsequent Closing, or on every one so far
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$1,200,000.00" for "2,400,000" Shares as a venture capital firm
      And a Subsequent Closing "sc2" on "2003-10-30" at "$0.50" a share, under an addendum to the Agreement
      And in Subsequent Closing "sc2" "Acme Ventures" pays "$1,200,000.00" for "2,400,000" Shares as a venture capital firm
      And in Subsequent Closing "sc2" "WEBB" pays "<webb paid>" for "3,999,984" Shares
      And the setting "webb_option_base" is "<base>"
      When the deal is checked as of "2003-10-30"
      Then "spa.2.3.b.webb_option.amount.purchases" is "<status>" for "WEBB"

      Examples:
        | base                   | webb paid     | status  |
        | per_subsequent_closing | $999,996.00   | met     |
        | per_subsequent_closing | $1,999,992.00 | not met |
        | cumulative             | $1,999,992.00 | met     |
        | cumulative             | $1,999,992.01 | not met |

    Scenario: Webb has bought nothing at the Subsequent Closings: nothing to exceed
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount.purchases" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount.purchases" for "WEBB" mentions "Webb has bought no Shares at a Subsequent Closing: nothing to measure against the 83.333%"

    Scenario: What Webb paid is not recorded: unknown
      Given in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      And the "amount_paid" of the "subsequent_closing_purchases" record "WEBB" is "unknown"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount.purchases" is "unknown" for "WEBB"

    Scenario: Before any Subsequent Closing the question does not arise (Webb's purchases)
      When the deal is checked as of "2003-10-01"
      Then "spa.2.3.b.webb_option.amount.purchases" is "not applicable" for "WEBB"

    Scenario: Under §7.9 the Company and every Investor together may let Webb buy more than 83.333%
      Given in Subsequent Closing "sc1" "WEBB" pays "$2,500,000.00" for "5,000,000" Shares
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.webb_option.amount.purchases" in writing on "2003-10-10"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount.purchases" is "waived" for "WEBB"
