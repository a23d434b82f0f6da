@jabber_series_d
Feature: SPA §2.3(a): the time and place of the Closing, unless the Company and the Investors agree otherwise
  "The closing of the purchase and sale of the Shares (the "Closing") shall take place at the offices of
  Intel at 2200 Mission College Boulevard, Santa Clara, California 95052-8119 at 12:00 noon (Pacific time) on
  March 18, 2003, or at such other date, time or place as the Company and the Investors may otherwise agree
  (the "Closing Date")." Another date, time or place needs the agreement of the Company and of each
  Investor. Every deadline after the Closing counts from the Closing Date the deal state gives.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_2_3_a
  Rule: §2.3(a) The Closing at Intel's offices at noon on March 18, 2003, or as the Company and the Investors agree

    Scenario: The Closing took place at Intel's offices at noon on March 18, 2003
      When the deal is checked
      Then "spa.2.3.a" is "met"
      And the reason for "spa.2.3.a" mentions "The Closing took place at the offices of Intel at 2200 Mission College Boulevard"

    Scenario: A Closing on March 20 that nobody agreed to is not the Closing §2.3(a) provides for
      Given the fact "closing_date" is "2003-03-20"
      When the deal is checked as of "2003-03-20"
      Then "spa.2.3.a" is "not met"
      And the reason for "spa.2.3.a" mentions "The Closing took place on March 20, 2003, not on March 18, 2003"
      And the working for "spa.2.3.a" mentions "closing_date == 2003-03-18 is false"

    Scenario: The Company and every Investor agreed to close on March 20
      Given the fact "closing_date" is "2003-03-20"
      And the fact "closing.other_terms_agreed_by" is "COMPANY, FTTI, INTEL, WEBB"
      When the deal is checked as of "2003-03-20"
      Then "spa.2.3.a" is "met"
      And the reason for "spa.2.3.a" mentions "(agreed by the Company, FTTI, Intel and Webb); the Closing Date is March 20, 2003"

    Scenario: Without Webb's agreement the Company and the other Investors cannot move the Closing
      Given the fact "closing_date" is "2003-03-20"
      And the fact "closing.other_terms_agreed_by" is "COMPANY, FTTI, INTEL"
      When the deal is checked as of "2003-03-20"
      Then "spa.2.3.a" is "not met"
      And the reason for "spa.2.3.a" mentions "another date was agreed only by the Company, FTTI and Intel"

    Scenario Outline: On March 18, but not at Intel's offices at noon: agreed, or not
      Given the fact "closing.held_at_stated_time_and_place" is "false"
      And the fact "closing.other_terms_agreed_by" is "<agreed by>"
      When the deal is checked
      Then "spa.2.3.a" is "<status>"

      Examples:
        | agreed by                  | status  |
        |                            | not met |
        | COMPANY, FTTI, INTEL, WEBB | met     |

    Scenario: Where and when the Closing took place is not said: unknown
      Given the fact "closing.held_at_stated_time_and_place" is unknown
      When the deal is checked
      Then "spa.2.3.a" is "unknown"
      And "spa.2.3.a" is missing "closing.held_at_stated_time_and_place"

    Scenario: Every Investor and the Company waive the time and place in writing (§7.9)
      Given the fact "closing_date" is "2003-03-20"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.3.a" in writing on "2003-03-20"
      When the deal is checked as of "2003-03-20"
      Then "spa.2.3.a" is "waived"
