@jabber_series_d
Feature: SPA §5.2(a): the Company's filings under the securities laws, made in a timely manner
  "The Company shall make, in a timely manner, any filings required by the Securities Act or the securities
  or "blue sky" laws of any applicable jurisdiction in connection with the offering, sale and issuance of
  the Shares and the Conversion Shares." Each filing is due by the date the law that requires it sets (the
  deal state gives it). Due until then; breached the day after a due date passes without the filing, and
  still breached once it is filed late. From the Closing Date until a Qualified Public Offering; waivable
  only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And the Company must file "the California notice for the Closing" by "2003-04-02" for the sale of "2003-03-18"

  @spa_5_2_a
  Rule: §5.2(a) Securities laws compliance

    Scenario: Filed on its last day: complied
      Given the Company files "the California notice for the Closing" on "2003-04-02"
      When the deal is checked as of "2003-06-30"
      Then "spa.5.2.a" is "complied"
      And the reason for "spa.5.2.a" mentions "made the filing the securities laws require in connection with the Shares on April 2, 2003, by its due date of April 2, 2003"

    Scenario: Not yet filed, its last day still to come: due
      When the deal is checked as of "2003-03-25"
      Then "spa.5.2.a" is due on "2003-04-02"
      And the reason for "spa.5.2.a" mentions "Due by April 2, 2003: The Company has not made a filing the Securities Act or a state securities"

    Scenario: Filed later than the deal is checked: as of that date it is still due
      Given the Company files "the California notice for the Closing" on "2003-04-01"
      When the deal is checked as of "2003-03-25"
      Then "spa.5.2.a" is due on "2003-04-02"

    Scenario: Filed a day late: breached from the day after the due date, and it stays so
      Given the Company files "the California notice for the Closing" on "2003-04-03"
      When the deal is checked as of "2003-06-30"
      Then "spa.5.2.a" was breached on "2003-04-03"
      And the reason for "spa.5.2.a" mentions "made a filing the securities laws require in connection with the Shares late, on April 3, 2003"

    Scenario: Not filed at all: breached from the day after the due date
      When the deal is checked as of "2003-04-03"
      Then "spa.5.2.a" was breached on "2003-04-03"

    Scenario: The earliest filing still owed sets the deadline
      Given the Company files "the California notice for the Closing" on "2003-04-02"
      And the Company must file "the Colorado notice for the Subsequent Closing" by "2004-01-05" for the sale of "2003-12-15"
      When the deal is checked as of "2003-12-20"
      Then "spa.5.2.a" is due on "2004-01-05"

    Scenario: None required: complied
      Given there are no "securities_filings"
      When the deal is checked as of "2003-06-30"
      Then "spa.5.2.a" is "complied"
      And the reason for "spa.5.2.a" mentions "No filing under the Securities Act or the state securities laws"

    Scenario: Nothing known about the filings: unknown
      Given the fact "securities_filings" is unknown
      When the deal is checked as of "2003-06-30"
      Then "spa.5.2.a" is "unknown"
      And "spa.5.2.a" is missing "securities_filings"

    Scenario: Before the Closing Date nothing is owed under §5.2(a)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.a" is "not yet due"

    Scenario: A Qualified Public Offering ends it, the late filing kept on the record
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.a" ended by "a Qualified Public Offering"
      And the working for "spa.5.2.a" mentions "it was breached on 2003-04-03, before it ended"

    Scenario: Waived in writing by every Investor and the Company (filings)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.a" in writing on "2003-05-01"
      When the deal is checked as of "2003-06-30"
      Then "spa.5.2.a" is "waived"
