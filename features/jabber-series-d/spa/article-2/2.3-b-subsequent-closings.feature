@jabber_series_d
Feature: SPA §2.3(b): Subsequent Closings on the terms the Agreement sets
  §2.3(b): the Company may sell the unissued Shares "at a purchase price per share of no less than the
  Purchase Price pursuant to an agreement or agreements substantially similar to this Agreement (or an
  addendum to this Agreement) at one or more subsequent closings ...; provided that the last Subsequent
  Closing must occur no later than January 31, 2004; and, provided, further, that such purchasers include
  a venture capital firm that is reasonably acceptable to the Investors and the Company." The Shares are
  44,483,362 in all (§2.1), those sold at the Closing included; the Purchase Price is $0.2855 (§2.2).
  January 31, 2004 is a Saturday; whether it rolls to Monday, February 2 is the setting
  period_fixed_date_roll.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And a Subsequent Closing "sc1" on "2003-10-15" at "$0.2855" a share, under an addendum to the Agreement
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "10,507,880" Shares as a venture capital firm
    And "Acme Ventures" is reasonably acceptable to "COMPANY, FTTI, INTEL, WEBB"

  @spa_2_3_b_sc
  Rule: §2.3(b) Each Subsequent Closing at no less than $0.2855 a Share, by January 31, 2004, with an acceptable venture capital firm

    Scenario: Acme Ventures, acceptable to the Company and every Investor, buys at $0.2855 on October 15, 2003
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "met"
      And the reason for "spa.2.3.b.sc" mentions "The Subsequent Closing of October 15, 2003 was held on the terms of §2.3(b): at $0.2855 a Share"
      And the reason for "spa.2.3.b.sc" mentions "37,274,940 Shares have been sold in all, within the 44,483,362 Shares"
      And the working for "spa.2.3.b.sc" mentions "series_d_shares_sold (SPA §2.1) = 37,274,940"

    Scenario: No Subsequent Closing has been held: the rule does not apply yet
      When the deal is checked as of "2003-10-14"
      Then "spa.2.3.b.sc" is "not applicable"

    Scenario: With nothing recorded about Subsequent Closings, whether they kept to §2.3(b) is unknown
      Given the fact "subsequent_closings" is unknown
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "unknown"
      And "spa.2.3.b.sc" is missing "subsequent_closings"

    @boundary
    Scenario: A price per Share below the $0.2855 Purchase Price is not allowed
      Given a Subsequent Closing "sc1" on "2003-10-15" at "$0.2854" a share, under an addendum to the Agreement
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "not met"
      And the reason for "spa.2.3.b.sc" mentions "sold Shares at $0.2854 a Share, less than the $0.2855 Purchase Price"
      And the working for "spa.2.3.b.sc" mentions "not for sc1"

    Scenario: A purchaser who pays less than $0.2855 a Share buys below the Purchase Price
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "10,507,881" Shares as a venture capital firm
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "not met"
      And the reason for "spa.2.3.b.sc" mentions "paid $3,000,000.00 for 10,507,881 Shares, less than the $3,000,000.0255"
      And the working for "spa.2.3.b.sc" mentions "not for Acme Ventures#1"

    @boundary
    Scenario Outline: The last Subsequent Closing by Saturday, January 31, 2004, and Monday, February 2 only if the date rolls
      Given a Subsequent Closing "sc1" on "<day>" at "$0.2855" a share, under an addendum to the Agreement
      And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "10,507,880" Shares as a venture capital firm
      And the setting "period_fixed_date_roll" is "<roll>"
      When the deal is checked as of "2004-02-02"
      Then "spa.2.3.b.sc" is "<status>"
      And "spa.2.3.b.sc" used the setting "period_fixed_date_roll" as "<roll>"

      Examples:
        | day        | roll       | status  |
        | 2004-01-31 | not_rolled | met     |
        | 2004-01-31 | rolled     | met     |
        | 2004-02-02 | not_rolled | not met |
        | 2004-02-02 | rolled     | met     |

    Scenario: Without a venture capital firm among its purchasers, a Subsequent Closing is not allowed
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "10,507,880" Shares
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "not met"
      And the reason for "spa.2.3.b.sc" mentions "had no venture capital firm reasonably acceptable to the Investors and the Company among its purchasers"

    Scenario: A venture capital firm that FTTI does not find reasonably acceptable will not do: each Investor must
      Given "Acme Ventures" is not reasonably acceptable to "FTTI"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "not met"

    Scenario: Until Intel has said whether the firm is acceptable to it, the Subsequent Closing is unknown
      Given the "acceptable_to_intel" of the "venture_capital_firms" record "Acme Ventures" is "unknown"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "unknown"
      And "spa.2.3.b.sc" is missing "venture_capital_firms[Acme Ventures].acceptable_to_intel"

    Scenario: Webb may not say the firm is acceptable to the Company: that is the Company's own call
      Given "Acme Ventures" is reasonably acceptable to "COMPANY" as asserted by "WEBB"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "unknown"
      And "spa.2.3.b.sc" sets aside the assertion by "WEBB" because "WEBB may not make it"

    Scenario: An agreement the Company asserts is substantially similar to the Agreement will do
      Given Subsequent Closing "sc1" is held under an agreement substantially similar to the Agreement as asserted by "COMPANY"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "met"

    Scenario: An agreement that is neither an addendum nor substantially similar will not
      Given Subsequent Closing "sc1" is held under an agreement not substantially similar to the Agreement as asserted by "FTTI"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "not met"
      And the reason for "spa.2.3.b.sc" mentions "neither an addendum to the Agreement nor substantially similar to it"

    @boundary
    Scenario Outline: Exactly the 44,483,362 Shares of §2.1 may be sold in all, those of the Closing included; one more may not
      Given in Subsequent Closing "sc1" "Acme Ventures" pays "<paid>" for "<shares>" Shares as a venture capital firm
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "<status>"
      And the working for "spa.2.3.b.sc" mentions "series_d_shares_sold (SPA §2.1) = <sold>"

      Examples:
        | shares     | paid          | sold       | status  |
        | 17,716,302 | $5,058,004.23 | 44,483,362 | met     |
        | 17,716,303 | $5,058,004.51 | 44,483,363 | not met |

    Scenario: A Subsequent Closing held after the date checked is disregarded
      When the deal is checked as of "2003-10-01"
      Then "spa.2.3.b.sc" is "not applicable"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive a term of a Subsequent Closing
      Given a Subsequent Closing "sc1" on "2003-10-15" at "$0.25" a share, under an addendum to the Agreement
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.sc" in writing on "2003-10-01"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.sc" is "waived"
