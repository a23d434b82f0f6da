@jabber_series_d
Feature: SPA §5.2(c): the 15% holding on which the information rights depend
  "So long as each Investor holds, directly or indirectly, at least fifteen percent (15%) of the original
  Shares purchased by it pursuant to this Agreement, the Company shall deliver to such Investor" its annual
  and monthly financial statements, budget and other information. Each Investor is measured on its own,
  exactly: at least 15% of the Shares it bought at the Closing (FTTI 12,259,180, so 1,838,877; Intel
  10,507,880, so 1,576,182; Webb 4,000,000, so 600,000), by its latest holdings statement on or before the
  date checked. The holdings after the Closing are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And the as-of date is "2004-06-30"
    And "FTTI" holds "12,259,180" Shares on "2003-03-18"
    And "INTEL" holds "10,507,880" Shares on "2003-03-18"
    And "WEBB" holds "4,000,000" Shares on "2003-03-18"

  @spa_5_2_c_threshold
  Rule: §5.2(c) Each Investor that holds at least 15% of the Shares it bought is entitled to the information

    Scenario: Each Investor still holds every Share it bought at the Closing
      When the deal is checked
      Then "spa.5.2.c.threshold" is "met" for every party

    @boundary
    Scenario: FTTI, down to exactly 15% of its 12,259,180 Shares, is still entitled
      Given "FTTI" holds "1,838,877" Shares on "2004-01-10"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "met" for "FTTI"
      And the reason for "spa.5.2.c.threshold" for "FTTI" mentions "FTTI holds 1,838,877 Shares, directly or indirectly, by its holdings statement of January 10, 2004: at least the 15% of the 12,259,180 Shares it purchased at the Closing (1,838,877 Shares)"
      And the working for "spa.5.2.c.threshold" for "FTTI" mentions "shares_held[FTTI] (SPA §5.2(c)) = 1,838,877"

    @boundary
    Scenario: One Share less and FTTI is no longer entitled; the others are unaffected
      Given "FTTI" holds "1,838,876" Shares on "2004-01-10"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "not met" for "FTTI"
      And the reason for "spa.5.2.c.threshold" for "FTTI" mentions "FTTI holds 1,838,876 Shares, directly or indirectly, by its holdings statement of January 10, 2004: less than the 15% of the 12,259,180 Shares it purchased at the Closing (1,838,877 Shares)"
      And "spa.5.2.c.threshold" is "met" for "INTEL"
      And the working for "spa.5.2.c.threshold" for "FTTI" mentions "183,887,600"

    Scenario: The latest statement on or before the date checked counts, and a later one is disregarded
      Given "FTTI" holds "1,838,876" Shares on "2004-01-10"
      And "FTTI" holds "2,000,000" Shares on "2004-05-01"
      When the deal is checked as of "2004-04-30"
      Then "spa.5.2.c.threshold" is "not met" for "FTTI"

    Scenario: Once FTTI buys back above 15%, it is entitled again
      Given "FTTI" holds "1,838,876" Shares on "2004-01-10"
      And "FTTI" holds "2,000,000" Shares on "2004-05-01"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "met" for "FTTI"

    Scenario: Shares Intel holds indirectly, through an Affiliate, count as its own
      Given "Intel Corporation" is an Affiliate of "INTEL"
      And "INTEL" holds "1,000,000" Shares on "2004-01-10"
      And "Intel Corporation" holds "576,182" Shares on "2004-01-10"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "met" for "INTEL"
      And the working for "spa.5.2.c.threshold" for "INTEL" mentions "shares_held[INTEL] (SPA §5.2(c)) = 1,576,182"

    Scenario: The Shares held are counted as they stand: a split is not undone, since §5.2(c) provides no adjustment
      Given a "2-for-1" stock split of the Series D takes effect on "2004-01-15"
      And "WEBB" holds "1,199,998" Shares on "2004-02-01"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "met" for "WEBB"

    Scenario: With no holdings statement on or before the date checked, the entitlement is unknown, never "holds nothing"
      Given the as-of date is "2003-03-17"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "unknown" for every party
      And "spa.5.2.c.threshold" for "WEBB" is missing "holdings[WEBB]"

    Scenario: When what Webb bought at the Closing is not known, its 15% is unknown
      Given there is no "investments" record "WEBB"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "unknown" for "WEBB"
      And "spa.5.2.c.threshold" for "WEBB" is missing "investments[WEBB].shares"

    Scenario: Shares converted into Common Stock that FTTI still holds count as held indirectly
      Given "FTTI" holds "1,000,000" Shares and the Common Stock from converting "838,877" more on "2004-01-10"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "met" for "FTTI"
      And the reason for "spa.5.2.c.threshold" for "FTTI" mentions "FTTI holds 1,838,877 Shares, directly or indirectly, by its holdings statement of January 10, 2004 (838,877 of them converted into Common Stock it still holds)"
      And "spa.5.2.c.threshold" used the setting "converted_shares_held" as "counted"

    Scenario: If converted Shares are no longer held, FTTI falls below 15%
      Given "FTTI" holds "1,000,000" Shares and the Common Stock from converting "838,877" more on "2004-01-10"
      And the setting "converted_shares_held" is "not_counted"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "not met" for "FTTI"
      And the reason for "spa.5.2.c.threshold" for "FTTI" mentions "FTTI holds 1,000,000 Shares, directly or indirectly, by its holdings statement of January 10, 2004, not counting the 838,877 it converted into Common Stock"
      And "spa.5.2.c.threshold" is "met" for "INTEL"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the threshold for FTTI
      Given "FTTI" holds "1,838,876" Shares on "2004-01-10"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.threshold" in writing on "2004-02-01"
      When the deal is checked
      Then "spa.5.2.c.threshold" is "waived" for "FTTI"
