@jabber_series_d
Feature: SPA §2.3(b): every purchaser at a Subsequent Closing joins the Related Agreements
  §2.3(b): "Each purchaser at a Subsequent Closing will also execute, and become a party to, the Related
  Agreements": the Investors Rights Agreement, the Right of First Refusal Agreement and the Voting
  Agreement (§1.1(cc)). Webb, buying at a Subsequent Closing, is a purchaser too.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And a Subsequent Closing "sc1" on "2003-10-15" at "$0.50" a share, under an addendum to the Agreement
    And in Subsequent Closing "sc1" "Acme Ventures" pays "$3,000,000.00" for "6,000,000" Shares as a venture capital firm
    And in Subsequent Closing "sc1" "WEBB" pays "$1,000,000.00" for "2,000,000" Shares
    And "Acme Ventures" has executed, and become a party to, the Related Agreements
    And "WEBB" has executed, and become a party to, the Related Agreements

  @spa_2_3_b_joinder
  Rule: §2.3(b) Each purchaser executes, and becomes a party to, all three Related Agreements

    Scenario: Acme Ventures and Webb have both joined all three Related Agreements
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.joinder" is "met"
      And the reason for "spa.2.3.b.joinder" mentions "Each purchaser at a Subsequent Closing (Acme Ventures and Webb) has executed, and become a party to"

    Scenario: Before any Subsequent Closing there is no purchaser to join
      When the deal is checked as of "2003-10-14"
      Then "spa.2.3.b.joinder" is "not applicable"

    Scenario: Acme Ventures has not signed the Voting Agreement
      Given "Acme Ventures" has not executed the "Voting Agreement"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.joinder" is "not met"
      And the reason for "spa.2.3.b.joinder" mentions "has not executed, and become a party to, the Voting Agreement"
      And the working for "spa.2.3.b.joinder" mentions "not for Acme Ventures#1"

    Scenario: Whether Webb joined the Right of First Refusal Agreement is not recorded
      Given the "executed_right_of_first_refusal_agreement" of the "subsequent_closing_purchases" record "WEBB" is "unknown"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.joinder" is "unknown"
      And "spa.2.3.b.joinder" is missing "subsequent_closing_purchases[WEBB#1].executed_right_of_first_refusal_agreement"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may excuse a purchaser's joinder
      Given "Acme Ventures" has not executed the "Voting Agreement"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.b.joinder" in writing on "2003-10-15"
      When the deal is checked as of "2003-10-15"
      Then "spa.2.3.b.joinder" is "waived"
