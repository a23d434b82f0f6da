@jabber_series_d
Feature: SPA §5.2(d): each Investor's right to visit and inspect the Company
  "The Company shall permit, during normal business hours and upon reasonable prior notice to management,
  each Investor and such person as it may designate, at such Investor's expense, to visit and inspect any of
  the properties of the Company, to examine its books and records ... and to discuss the affairs, finances
  and accounts of the Company ... with its officers." Each Investor's own right, with no holding threshold
  (unlike §5.2(c)). A refusal of a visit asked for during normal business hours with reasonable notice (a
  judgement of a party to the Agreement) is a breach on the day of the visit. From the Closing Date until
  a Qualified Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And there are no "inspection_requests"

  @spa_5_2_d
  Rule: §5.2(d) Inspection rights

    Scenario: FTTI's visit refused: a breach for FTTI on the day of the visit, none for Intel or Webb
      Given "FTTI" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to management as asserted by "COMPANY", and the Company refuses it
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.d" for "FTTI" was breached on "2004-02-10"
      And the reason for "spa.5.2.d" for "FTTI" mentions "The Company refused the visit and inspection FTTI asked for on February 2, 2004, during normal business hours and upon reasonable prior notice to management"
      And the outcomes are:
        | rule      | party | status   |
        | spa.5.2.d | INTEL | complied |
        | spa.5.2.d | WEBB  | complied |

    Scenario: Permitted: complied
      Given "INTEL" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to management as asserted by "INTEL", and the Company permits it
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.d" is "complied" for "INTEL"
      And the reason for "spa.5.2.d" for "INTEL" mentions "The Company permitted the visit and inspection Intel asked for on February 2, 2004"

    Scenario Outline: A request <how> may be refused
      Given "FTTI" asks on "2004-02-09" to inspect the Company on "2004-02-10"<how>, and the Company refuses it
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.d" is "complied" for "FTTI"
      And the reason for "spa.5.2.d" for "FTTI" mentions "The Company was free to refuse the visits FTTI asked for"

      Examples:
        | how                                                                                      |
        | , without reasonable prior notice to management as asserted by "COMPANY"                 |
        | , outside normal business hours, with reasonable prior notice to management as asserted by "FTTI" |

    Scenario: Before the day of the visit, a refusal announced is not yet a breach
      Given "FTTI" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to management as asserted by "COMPANY", and the Company refuses it
      When the deal is checked as of "2004-02-05"
      Then "spa.5.2.d" is "complied" for "FTTI"
      And the reason for "spa.5.2.d" for "FTTI" mentions "each is for a day after February 5, 2004"

    Scenario: Whether the notice was reasonable is not judged: unknown
      Given "FTTI" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to management as asserted by "COMPANY", and the Company refuses it
      And the "reasonable_prior_notice" of the "inspection_requests" record "FTTI" is "unknown"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.d" is "unknown" for "FTTI"

    Scenario: FT is not a party to the Agreement: its judgement of Webb's notice is set aside
      Given "WEBB" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to management as asserted by "FT", and the Company refuses it
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.d" is "unknown" for "WEBB"
      And "spa.5.2.d" for "WEBB" sets aside the assertion by "FT" because "may not make it"

    Scenario: Before the Closing Date nothing is owed under §5.2(d)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.d" is "not yet due" for "FTTI"

    Scenario: A Qualified Public Offering ends the inspection rights, the refusal kept on the record
      Given "FTTI" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to management as asserted by "COMPANY", and the Company refuses it
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.d" for "FTTI" ended by "a Qualified Public Offering"
      And the working for "spa.5.2.d" for "FTTI" mentions "it was breached on 2004-02-10, before it ended"

    Scenario: Waived in writing by every Investor and the Company (inspection)
      Given "FTTI" asks on "2004-02-02" to inspect the Company on "2004-02-10", with reasonable prior notice to management as asserted by "COMPANY", and the Company refuses it
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.d" in writing on "2004-02-15"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.d" is "waived" for "FTTI"
