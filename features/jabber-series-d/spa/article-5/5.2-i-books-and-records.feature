@jabber_series_d
Feature: SPA §5.2(i): the Company keeps proper books of record and account
  "The Company shall maintain proper books of record and account which present fairly its financial
  condition and results of operations and make provisions on its financial statements for all such proper
  reserves as in each case are required in accordance with GAAP, consistently applied." Books that do not
  (a judgement of a party to the Agreement) are a breach from the day they were so. From the Closing Date
  until a Qualified Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_5_2_i
  Rule: §5.2(i) Books and records

    Scenario: A reserve GAAP requires is missing from February: breached from February 1
      Given from "2004-02-01", by "the unrecorded warranty reserve", the Company's books no longer present fairly its financial condition and results of operations under GAAP, as asserted by "FTTI"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.i" was breached on "2004-02-01"
      And the reason for "spa.5.2.i" mentions "did not present fairly its financial condition and results of operations"

    Scenario: The point raised does not keep the books from presenting fairly: complied
      Given from "2004-02-01", by "the unrecorded warranty reserve", the Company's books present fairly its financial condition and results of operations under GAAP, as asserted by "COMPANY"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.i" is "complied"
      And the reason for "spa.5.2.i" mentions "The Company's books of record and account, as judged, present fairly its financial condition and results of operations"

    Scenario: Before that date the books were not yet short
      Given from "2004-02-01", by "the unrecorded warranty reserve", the Company's books no longer present fairly its financial condition and results of operations under GAAP, as asserted by "FTTI"
      When the deal is checked as of "2004-01-31"
      Then "spa.5.2.i" is "complied"

    Scenario: Nothing known about the books: unknown
      Given the fact "accounting_shortfalls" is unknown
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.i" is "unknown"
      And "spa.5.2.i" is missing "accounting_shortfalls"

    Scenario: Before the Closing Date nothing is owed under §5.2(i)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.i" is "not yet due"

    Scenario: A Qualified Public Offering ends the covenant on books and records
      Given there are no "accounting_shortfalls"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.i" ended by "a Qualified Public Offering"

    Scenario: Waived in writing by every Investor and the Company (books)
      Given from "2004-02-01", by "the unrecorded warranty reserve", the Company's books no longer present fairly its financial condition and results of operations under GAAP, as asserted by "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.i" in writing on "2004-02-10"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.i" is "waived"
