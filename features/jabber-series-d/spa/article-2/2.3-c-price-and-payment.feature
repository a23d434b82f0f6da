@jabber_series_d
Feature: SPA §2.3(c): each Investor pays the Purchase Price of its Shares
  §2.2: each Investor buys its Shares "at a purchase price of $0.2855 per share", severally. §2.3(c): the
  Company delivers the certificates "against payment of the Purchase Price therefor" by check, wire,
  "cancellation of indebtedness owed by the Company and identified on Exhibit A" or a combination. A
  §7.1 set-off within the entitlement counts as paid (its own scenarios: spa/article-7/7.1-set-off.feature).

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_2_3_c
  Rule: §2.3(c) Each Investor's consideration adds up to the Purchase Price of its Shares

    Scenario: As planned each Investor pays its Purchase Price exactly, Intel with a permitted set-off
      When the deal is checked
      Then "spa.2.3.c" is "met" for every party
      And the reason for "spa.2.3.c" for "INTEL" mentions "Intel has paid $2,999,999.74 for its Shares, its Purchase Price (10,507,880 Shares at $0.2855 a Share), payable as $2,999,999.74"
      And the reason for "spa.2.3.c" for "INTEL" mentions "a §7.1 set-off of $45,000.00 included"
      And the working for "spa.2.3.c" for "INTEL" mentions "consideration[INTEL] (SPA §2.3(c)) = $2,999,999.74"
      And the working for "spa.2.3.c" for "INTEL" mentions "payment_difference[INTEL] (SPA §2.3(c)) = $0.00"

    @boundary
    Scenario: FTTI pays one cent less than its Purchase Price: the difference is shown for FTTI, and it is FTTI's own
      Given "FTTI" invests "$3,499,995.88" in cash
      When the deal is checked
      Then "spa.2.3.c" is "not met" for "FTTI"
      And the reason for "spa.2.3.c" for "FTTI" mentions "FTTI has paid only $3,499,995.88 for its Shares, $0.01 short of its Purchase Price (12,259,180 Shares at $0.2855 a Share), payable as $3,499,995.89"
      And "spa.2.3.c" is "met" for "INTEL"
      And the working for "spa.2.3.c" for "FTTI" mentions "payment_difference[FTTI] (SPA §2.3(c)) = -$0.01"
      And the reason for "spa.2.3.c" for "FTTI" mentions "the failure is FTTI's own"

    Scenario: Only Webb, the holder of the Webb Note, can pay by cancelling it
      Given "FTTI" invests "$3,399,995.89" in cash and "$100,000.00" by cancelling the Webb Note
      When the deal is checked
      Then "spa.2.3.c" is "not met" for "FTTI"
      And the reason for "spa.2.3.c" for "FTTI" mentions "FTTI paid $100,000.00 by cancelling the Webb Note, which only Webb, its holder, may cancel"
      And the working for "spa.2.3.c" for "FTTI" mentions "payment_difference[FTTI] (SPA §2.3(c)) = -$100,000.00"

    Scenario: With no payment recorded for Webb, whether it paid its Purchase Price is unknown
      Given there is no "payments" record "WEBB"
      When the deal is checked
      Then "spa.2.3.c" is "unknown" for "WEBB"
      And "spa.2.3.c" for "WEBB" is missing "payments[WEBB]"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive FTTI's shortfall
      Given "FTTI" invests "$3,499,995.88" in cash
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.c" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.2.3.c" is "waived" for "FTTI"

    @waiver
    Scenario: The Company alone may not excuse FTTI's payment: §7.9 needs every Investor too
      Given "FTTI" invests "$3,499,995.88" in cash
      And "COMPANY" waives "spa.2.3.c" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.2.3.c" is "not met" for "FTTI"
      And "spa.2.3.c" for "FTTI" sets aside the waiver by "COMPANY" because "FTTI, INTEL, WEBB did not join"
