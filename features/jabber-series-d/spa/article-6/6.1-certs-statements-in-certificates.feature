@jabber_series_d
Feature: SPA §6.1: statements in certificates the Company delivers are representations and warranties
  "All statements contained in a certificate or other instrument delivered by the Company pursuant to this
  Agreement in connection with the transactions contemplated by this Agreement shall constitute
  representations and warranties by the Company under this Agreement." Per Investor, over the statements
  its Indemnified Parties' claims rest on: such a statement is a representation of the Company, so a claim
  on it is under §6.3(ii) (spa.6.3.scope reads this row) and survives for §6.1's year like any other. A
  statement in an instrument someone else delivered, or one not delivered under the Agreement, is not.
  Whether a third party's statement the Company's instrument carries counts is the setting
  certificate_statements_scope. Claims, instruments and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen
    And "INTEL" claims indemnity for "the inaccuracy of a representation in the officers' certificate" for "$100,000.00", the Losses incurred on "2003-09-01", the facts discovered on "2003-09-15", notice given on "2003-10-01"

  @spa_6_1_certs
  Rule: §6.1 A statement in a certificate the Company delivered under the Agreement is its representation

    Scenario: A statement in the officers' certificate the Company delivered at the Closing is a representation, and §6.3 covers the claim on it
      Given the claim "INTEL" makes for "the inaccuracy of a representation in the officers' certificate" rests on "no litigation pending", the Company's own statement in "the §4.1(q)(v) officers' certificate", which the Company delivered on "2003-03-18", pursuant to the Agreement as asserted by "INTEL"
      When the deal is checked as of "2003-10-20"
      Then the outcomes are:
        | rule          | party | status         |
        | spa.6.1.certs | INTEL | met            |
        | spa.6.1.certs | FTTI  | not applicable |
        | spa.6.1.certs | WEBB  | not applicable |
        | spa.6.3.scope | INTEL | met            |
        And the reason for "spa.6.1.certs" for "INTEL" mentions "rests on the statement “no litigation pending” in the §4.1(q)(v) officers' certificate, which the Company delivered pursuant to the Agreement on March 18, 2003"
        And the reason for "spa.6.3.scope" for "INTEL" mentions "the inaccuracy of a representation or warranty of the Company (§6.3(ii))"

    Scenario: A statement in an opinion counsel delivered itself is not the Company's representation, and §6.3(ii) does not cover the claim on it
      Given the claim "INTEL" makes for "the inaccuracy of a representation in the officers' certificate" rests on "no consent required", a third party's statement in "the §4.1(j) legal opinion", which another delivered on "2003-03-18", pursuant to the Agreement as asserted by "INTEL"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.1.certs" is "not met" for "INTEL"
      And the reason for "spa.6.1.certs" for "INTEL" mentions "which the Company did not deliver: it is not a representation of the Company under §6.1"
      And the working for "spa.6.1.certs" for "INTEL" mentions "certificate_statements[no consent required].delivered_by_company = false"
      And "spa.6.3.scope" is "not met" for "INTEL"

    Scenario: A certificate delivered under some other arrangement, not pursuant to the Agreement, makes no representation under it
      Given the claim "INTEL" makes for "the inaccuracy of a representation in the officers' certificate" rests on "the bank covenant certificate", the Company's own statement in "a certificate to Silicon Valley Bank", which the Company delivered on "2003-03-10", not pursuant to the Agreement as asserted by "COMPANY"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.1.certs" is "not met" for "INTEL"
      And the reason for "spa.6.1.certs" for "INTEL" mentions "which was not delivered pursuant to the Agreement"

    Scenario Outline: A good standing certificate the Company delivered: the State's statement counts under <reading>
      Given the claim "INTEL" makes for "the inaccuracy of a representation in the officers' certificate" rests on "in good standing in Colorado", a third party's statement in "the §4.1(i) Colorado good standing certificate", which the Company delivered on "2003-03-18", pursuant to the Agreement as asserted by "INTEL"
      And the setting "certificate_statements_scope" is "<reading>"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.1.certs" is "<status>" for "INTEL"
      And "spa.6.1.certs" used the setting "certificate_statements_scope" as "<reading>"

      Examples:
        | reading                 | status  |
        | delivered_by_company    | met     |
        | company_statements_only | not met |

    Scenario: When nobody has said whether the certificate was delivered pursuant to the Agreement, it is unknown
      Given the claim "INTEL" makes for "the inaccuracy of a representation in the officers' certificate" rests on "no litigation pending", the Company's own statement in "the §4.1(q)(v) officers' certificate", which the Company delivered on "2003-03-18", pursuant to the Agreement as asserted by "INTEL"
      And the "pursuant_to_agreement" of the "certificate_statements" record "no litigation pending" is "unknown"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.1.certs" is "unknown" for "INTEL"
      And "spa.6.1.certs" for "INTEL" is missing "certificate_statements[no litigation pending].pursuant_to_agreement"
      And "spa.6.3.scope" is "unknown" for "INTEL"

    Scenario: FT, no party to the Agreement, may not say the certificate was delivered under it: its word is set aside
      Given the claim "INTEL" makes for "the inaccuracy of a representation in the officers' certificate" rests on "no litigation pending", the Company's own statement in "the §4.1(q)(v) officers' certificate", which the Company delivered on "2003-03-18", pursuant to the Agreement as asserted by "FT"
      When the deal is checked as of "2003-10-20"
      Then "spa.6.1.certs" is "unknown" for "INTEL"
      And "spa.6.1.certs" for "INTEL" sets aside the assertion by "FT" because "FT may not make it"

    Scenario: A claim that rests on no statement in a certificate is not this rule's: it is not applicable
      When the deal is checked as of "2003-10-20"
      Then "spa.6.1.certs" is "not applicable" for every party
      And "spa.6.3.scope" is "met" for "INTEL"
