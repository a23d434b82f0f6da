@jabber_series_d
Feature: SPA §5.2(c)(iv): other information an Investor reasonably requests
  While an Investor holds at least 15% of the Shares it bought, the Company shall deliver to it "(iv) such
  other information relating to the financial condition, business, prospects or corporate affairs of the
  Company as an Investor may from time to time reasonably request". The clause sets no time. Whether a
  request is reasonable, and the date by which a reasonable time to answer it ran out, are judgements of a
  party to the Agreement, recorded with who made them: the text makes neither any one party's call. Due
  until that date; breached the day after it without the information. From the Closing Date until a
  Qualified Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And there are no "information_requests"

  @spa_5_2_c_iv
  Rule: §5.2(c)(iv) Other information on reasonable request, within a reasonable time

    Scenario: No Investor has asked for anything: complied
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "complied" for every party
      And the reason for "spa.5.2.c.iv" for "INTEL" mentions "Intel has asked for no other information about the Company since the Closing"

    Scenario Outline: FTTI asked on February 2 for the customer pipeline, to be answered by February 16: due, then breached
      Given "FTTI" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "COMPANY"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "FTTI"
      When the deal is checked as of "<as of>"
      Then "spa.5.2.c.iv" for "FTTI" <outcome>
      And the reason for "spa.5.2.c.iv" for "FTTI" mentions "The Company has not delivered the information FTTI reasonably requested on February 2, 2004"
      And "spa.5.2.c.iv" is "complied" for "INTEL"

      Examples:
        | as of      | outcome                        |
        | 2004-02-10 | is due on "2004-02-16"         |
        | 2004-02-16 | is due on "2004-02-16"         |
        | 2004-02-17 | was breached on "2004-02-17"   |

    Scenario: Answered within the reasonable time: complied
      Given "FTTI" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "COMPANY"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "FTTI"
      And the Company answers "the customer pipeline" on "2004-02-16"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "complied" for "FTTI"
      And the reason for "spa.5.2.c.iv" for "FTTI" mentions "answered each reasonable request of FTTI for information about the Company within a reasonable time; the latest answer on February 16, 2004"

    Scenario: Answered late: still breached from the day after the reasonable time ran out
      Given "FTTI" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "COMPANY"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "FTTI"
      And the Company answers "the customer pipeline" on "2004-02-20"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" for "FTTI" was breached on "2004-02-17"
      And the reason for "spa.5.2.c.iv" for "FTTI" mentions "delivered the information FTTI reasonably requested on February 2, 2004 only on February 20, 2004"

    Scenario: An answer given after the date checked is not yet an answer
      Given "FTTI" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "COMPANY"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "FTTI"
      And the Company answers "the customer pipeline" on "2004-02-13"
      When the deal is checked as of "2004-02-12"
      Then "spa.5.2.c.iv" for "FTTI" is due on "2004-02-16"

    Scenario: A request that is not reasonable is owed nothing
      Given "WEBB" asks on "2004-02-02" for "every e-mail of the officers", an unreasonable request about the Company as asserted by "COMPANY"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "complied" for "WEBB"
      And the reason for "spa.5.2.c.iv" for "WEBB" mentions "none of its requests is, as judged, a reasonable request"

    Scenario: A request for information that does not relate to the Company is owed nothing
      Given "WEBB" asks on "2004-02-02" for "Acme Ventures' fund returns", a reasonable request about the Company as asserted by "WEBB"
      And the "about_the_company" of the "information_requests" record "Acme Ventures' fund returns" is "false"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "complied" for "WEBB"

    Scenario: Nobody has said when a reasonable time to answer runs out: unknown
      Given "INTEL" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "INTEL"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "unknown" for "INTEL"
      And "spa.5.2.c.iv" for "INTEL" is missing "information_requests[the customer pipeline].due_by"

    Scenario: FT is not a party to the Agreement: its view that the request is reasonable is set aside
      Given "INTEL" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "FT"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "INTEL"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "unknown" for "INTEL"
      And "spa.5.2.c.iv" for "INTEL" sets aside the assertion by "FT" because "may not make it"

    Scenario: Intel, below 15% of its Shares, is owed no information on request
      Given "INTEL" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "INTEL"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "INTEL"
      And "INTEL" holds "1,576,181" Shares on "2004-01-10"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "not applicable" for "INTEL"

    Scenario: Before the Closing nothing is owed (information on request)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.c.iv" is "not yet due" for "FTTI"

    Scenario: A Qualified Public Offering ends the covenant; the late answer stays on the record
      Given "FTTI" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "COMPANY"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "FTTI"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.c.iv" for "FTTI" ended by "a Qualified Public Offering"
      And the working for "spa.5.2.c.iv" for "FTTI" mentions "it was breached on 2004-02-17, before it ended"

    Scenario: Every Investor and the Company waive the unanswered request in writing (§7.9)
      Given "FTTI" asks on "2004-02-02" for "the customer pipeline", a reasonable request about the Company as asserted by "COMPANY"
      And a reasonable time to answer "the customer pipeline" runs to "2004-02-16", as asserted by "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.iv" in writing on "2004-02-20"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.2.c.iv" is "waived" for "FTTI"
