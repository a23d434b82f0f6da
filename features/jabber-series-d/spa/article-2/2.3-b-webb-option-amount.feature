@jabber_series_d
Feature: SPA §2.3(b): may Webb still buy at a Subsequent Closing, and how much?
  §2.3(b): "If, at a Subsequent Closing, a venture capital firm that is reasonably acceptable to the
  Investors and the Company purchases Shares, then Webb shall have the right, but not the obligation, to
  purchase Shares in an aggregate amount of up to 83.333% of the total purchase price paid for all Shares
  by such venture capital firm in a Subsequent Closing (the "Webb Option")", subject to the $2,500,000 cap
  of (i), §5.3(a) by (ii) and January 31, 2004 by (iii), and to the Option's expiry. 83.333% is taken
  exactly as written: a firm paying $3,000,000.00 lets Webb pay up to $2,499,990.00. By default Webb buys
  whole Shares at the price of that Subsequent Closing, and only Shares still unissued, and no more than
  keep it at or below 49% (§2.3(b)(ii): see 2.3-b-ii-webb-option-amount-ownership-limit.feature); each
  Share sold here carries one vote (illustrative: the Series D voting terms are not in the filing).

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And "Beta Capital" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"
    And a Subsequent Closing "sc1" on "2003-10-15" at "$0.50" a share, under an addendum to the Agreement
    And the "votes_per_share" of the "subsequent_closings" record "sc1" is "1"
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
    And the Webb Option is considered at Subsequent Closing "sc1"

  @spa_2_3_b_webb_option_amount
  Rule: §2.3(b) Webb may buy up to 83.333% of what the acceptable venture capital firm pays, within what is left of $2,500,000

    Scenario: Acme Ventures pays $3,000,000.00: Webb may buy 4,999,980 Shares for $2,499,990.00
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "At the Subsequent Closing of October 15, 2003 the Webb Option covers 4,999,980 whole Shares at $0.50 a Share, for $2,499,990.00 (for Webb to buy by January 31, 2004)"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "83.333% of the $3,000,000.00 venture capital firms reasonably acceptable to the Investors and the Company paid for Shares there ($2,499,990.00)"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_vc_paid * 83.333% = $3,000,000.00 * 83333/100000 = $2,499,990.00"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_shares (SPA §2.3(b)) = 4,999,980"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $2,499,990.00"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_cap_remaining (SPA §2.3(b)) = $2,500,000.00"

    Scenario: A cent more paid by the firm adds a fraction of a cent, which buys no further whole Share
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.01" for "6,000,000" Shares as a venture capital firm
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "= $2,499,990.0083333"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $2,499,990.00"

    @boundary
    Scenario Outline: In one Subsequent Closing the $2,500,000 cap is reached by a firm paying $3,000,012.01 or more
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "<paid>" for "6,000,024" Shares as a venture capital firm
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_amount (SPA §2.3(b)) = <amount>"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = <available>"

      Examples:
        | paid          | amount           | available     |
        | $3,000,012.00 | $2,499,999.99996 | $2,499,999.50 |
        | $3,000,012.01 | $2,500,000.00    | $2,500,000.00 |

    Scenario: Webb bought $1,000,000.00 at the first Subsequent Closing: at the second it may buy only what is left of the cap
      Given in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
      And a Subsequent Closing "sc2" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc2" is "1"
      And in Subsequent Closing "sc2" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
      And the Webb Option is considered at Subsequent Closing "sc2"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "and the $1,500,000.00 left of the $2,500,000 cap"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_cap_remaining (SPA §2.3(b)) = $1,500,000.00"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $1,500,000.00"

    @boundary
    Scenario: Webb has bought exactly $2,500,000.00 already: the cap is spent and it may buy no more
      Given in Subsequent Closing "sc1" "WEBB" pays "$2,500,000.00" for "5,000,000" Shares
      And a Subsequent Closing "sc2" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc2" is "1"
      And in Subsequent Closing "sc2" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
      And the Webb Option is considered at Subsequent Closing "sc2"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.amount" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "Webb has already bought $2,500,000.00 of Shares at the earlier Subsequent Closings: the $2,500,000 cap is spent"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available > $0 is false"

    Scenario: At $0.2855 a Share, the 83.333% would buy more Shares than are still unissued: Webb may buy those left
      Given a Subsequent Closing "sc1" on "2003-10-15" at "$0.2855" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc1" is "1"
      And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "10,507,880" Shares as a venture capital firm
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "no more than the 7,208,422 Shares still unissued"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_unissued_shares (SPA §2.3(b)) = 7,208,422"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_available (SPA §2.3(b)) = $2,058,004.481"

    Scenario: No venture capital firm buys at the Subsequent Closing: the Webb Option gives nothing there
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "no purchase of Shares by a venture capital firm reasonably acceptable to the Investors and the Company counts towards the Webb Option"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "webb_option_vc_paid (SPA §2.3(b)) = $0.00"

    Scenario: The Option expired on November 1, 2003: at a Subsequent Closing in December Webb may not buy
      Given a Subsequent Closing "sc1" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc1" is "1"
      And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.amount" is "not met" for "WEBB"
      And the reason for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "The Webb Option has expired: no venture capital firm reasonably acceptable to the Investors and the Company informed the Company by November 1, 2003"
      And "spa.2.3.b.webb_option.expiry" is "not met" for "WEBB"

    Scenario: Acme Ventures informed the Company in October: at its December Subsequent Closing Webb may buy
      Given the venture capital firm "Acme Ventures" informs the Company on "2003-10-20" that it intends to purchase Shares
      And a Subsequent Closing "sc1" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc1" is "1"
      And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"

    @boundary
    Scenario Outline: At a Subsequent Closing after January 31, 2004 Webb may buy nothing, unless the date rolls to February 2
      Given the venture capital firm "Acme Ventures" informs the Company on "2003-10-20" that it intends to purchase Shares
      And a Subsequent Closing "sc1" on "<day>" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc1" is "1"
      And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
      And the setting "period_fixed_date_roll" is "<roll>"
      When the deal is checked as of "<day>"
      Then "spa.2.3.b.webb_option.amount" is "<status>" for "WEBB"

      Examples:
        | day        | roll       | status  |
        | 2004-01-31 | not_rolled | met     |
        | 2004-02-02 | not_rolled | not met |
        | 2004-02-02 | rolled     | met     |

    Scenario: Which Subsequent Closing the question is about is not said
      Given the fact "webb_option.subsequent_closing" is unknown
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.amount" for "WEBB" is missing "webb_option.subsequent_closing"

    Scenario: Before any Subsequent Closing the question does not arise
      When the deal is checked as of "2003-10-01"
      Then "spa.2.3.b.webb_option.amount" is "not applicable" for "WEBB"

    Scenario Outline: Measured per Subsequent Closing, or on every Subsequent Closing so far, less what Webb bought
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$1,200,000.00" for "2,400,000" Shares as a venture capital firm
      And a Subsequent Closing "sc2" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc2" is "1"
      And in Subsequent Closing "sc2" "Acme Ventures" pays "$1,200,000.00" for "2,400,000" Shares as a venture capital firm
      And the Webb Option is considered at Subsequent Closing "sc2"
      And the setting "webb_option_base" is "<base>"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "<amount>"

      Examples:
        | base                   | amount                                                                                |
        | per_subsequent_closing | webb_option_available (SPA §2.3(b)) = $999,996.00                                     |
        | cumulative             | webb_option_amount (SPA §2.3(b)) = $1,999,992.00, under webb_option_base = cumulative |

    Scenario Outline: Two acceptable firms at one Subsequent Closing: their purchases added up, or the named firm's alone
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$1,200,000.00" for "2,400,000" Shares as a venture capital firm
      And in Subsequent Closing "sc1" "Beta Capital" pays "$600,000.00" for "1,200,000" Shares as a venture capital firm
      And the "option_firm" of the "subsequent_closings" record "sc1" is "Acme Ventures"
      And the setting "webb_option_several_firms" is "<reading>"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "<amount>"

      Examples:
        | reading    | amount                                                                                                                                     |
        | summed     | webb_option_available (SPA §2.3(b)) = $1,499,994.00                                                                                        |
        | named_firm | webb_option_amount (SPA §2.3(b)) = $999,996.00, under webb_option_base = per_subsequent_closing                                            |
        | named_firm | webb_option_vc_paid (SPA §2.3(b)) = $1,200,000.00, under webb_option_base = per_subsequent_closing, webb_option_several_firms = named_firm |

    Scenario: Measured on one named firm, but the parties have not named it: unknown
      Given the setting "webb_option_several_firms" is "named_firm"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "unknown" for "WEBB"
      And "spa.2.3.b.webb_option.amount" for "WEBB" is missing "subsequent_closings[sc1].option_firm"

    Scenario Outline: Whole Shares at that Subsequent Closing's price, at the $0.2855 Purchase Price, or the exact amount
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$1,200,000.01" for "2,400,000" Shares as a venture capital firm
      And the setting "webb_option_shares" is "<reading>"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.webb_option.amount" is "met" for "WEBB"
      And the working for "spa.2.3.b.webb_option.amount" for "WEBB" mentions "<amount>"

      Examples:
        | reading                        | amount                                              |
        | whole_shares_at_closing_price  | webb_option_available (SPA §2.3(b)) = $999,996.00   |
        | whole_shares_at_purchase_price | = 3,502,612 * $0.2855 = $999,995.726                |
        | exact_amount                   | webb_option_amount (SPA §2.3(b)) = $999,996.0083333 |

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may let Webb buy although the Option expired
      Given a Subsequent Closing "sc1" on "2003-12-10" at "$0.50" a share, under an addendum to the Agreement
      And the "votes_per_share" of the "subsequent_closings" record "sc1" is "1"
      And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.webb_option.amount" in writing on "2003-12-01"
      When the deal is checked as of "2003-12-10"
      Then "spa.2.3.b.webb_option.amount" is "waived" for "WEBB"
