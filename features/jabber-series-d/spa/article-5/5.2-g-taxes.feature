@jabber_series_d
Feature: SPA §5.2(g): the Company pays its taxes before they are delinquent, unless it contests them
  "The Company shall make and discharge when payable all taxes, assessments and governmental charges ...
  (in each case before the same becomes delinquent and before penalties accrue thereon) and all material
  claims for labor, materials or supplies which if unpaid would by law become a lien upon any of its
  property unless and to the extent that the same are being contested in good faith and by appropriate
  proceedings and adequate reserves ... have been established". Each is due by the last day before it is
  delinquent or penalties accrue (the law that imposes it sets the day); breached the day after it unless
  contested in good faith with adequate reserves (both needed). From the Closing Date until a Qualified
  Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And the tax "2003 Colorado property tax" became payable on "2004-01-01", to be paid by "2004-04-30" before it is delinquent or penalties accrue

  @spa_5_2_g
  Rule: §5.2(g) Taxes

    Scenario: Paid on the last day: complied
      Given the Company discharges "2003 Colorado property tax" on "2004-04-30"
      When the deal is checked as of "2004-05-15"
      Then "spa.5.2.g" is "complied"
      And the reason for "spa.5.2.g" mentions "The Company has paid each tax, assessment and governmental charge, and each material claim for labor, materials or supplies that would become a lien, before it became delinquent"

    Scenario: Unpaid, before its last day: due
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.g" is due on "2004-04-30"
      And the reason for "spa.5.2.g" mentions "Due by April 30, 2004: The Company has not paid a tax, assessment or governmental charge"

    Scenario: Paid a day late: breached from the day after the last day
      Given the Company discharges "2003 Colorado property tax" on "2004-05-01"
      When the deal is checked as of "2004-05-15"
      Then "spa.5.2.g" was breached on "2004-05-01"
      And the reason for "spa.5.2.g" mentions "The Company paid a tax or claim only on May 1, 2004, after it became delinquent or penalties accrued"

    Scenario Outline: Unpaid but contested in good faith by appropriate proceedings, <reserves> adequate reserves
      Given the Company contests "2003 Colorado property tax" in good faith and by appropriate proceedings, <reserves> adequate reserves under GAAP, as asserted by "COMPANY"
      When the deal is checked as of "2004-05-15"
      Then "spa.5.2.g" <outcome>
      And the reason for "spa.5.2.g" mentions "<reason>"

      Examples:
        | reserves | outcome                      | reason                                                                                                                                            |
        | with     | is "complied"                | or is contesting it in good faith by appropriate proceedings with adequate reserves                                                               |
        | without  | was breached on "2004-05-01" | has not paid a tax or claim it is contesting in good faith by appropriate proceedings, and has established no adequate reserves for it under GAAP |

    Scenario Outline: A claim for materials that would become a lien counts only if material (<materiality>)
      Given the Company discharges "2003 Colorado property tax" on "2004-04-30"
      And the claim for labor, materials or supplies "the roofer's invoice" became payable on "2004-02-01", to be paid by "2004-03-01" before it is delinquent or penalties accrue
      And the claim "the roofer's invoice" is <materiality>, as asserted by "FTTI"
      When the deal is checked as of "2004-05-15"
      Then "spa.5.2.g" <outcome>
      And the reason for "spa.5.2.g" mentions "<reason>"

      Examples:
        | materiality  | outcome                      | reason                                                                                                                                                |
        | material     | was breached on "2004-03-02" | Breached on March 2, 2004: The Company has not paid a material claim for labor, materials or supplies that would by law become a lien on its property |
        | not material | is "complied"                | The Company has paid each tax, assessment and governmental charge                                                                                     |

    Scenario: Whether the claim is material is not judged: unknown
      Given the Company discharges "2003 Colorado property tax" on "2004-04-30"
      And the claim for labor, materials or supplies "the roofer's invoice" became payable on "2004-02-01", to be paid by "2004-03-01" before it is delinquent or penalties accrue
      When the deal is checked as of "2004-05-15"
      Then "spa.5.2.g" is "unknown"

    Scenario: Nothing known about the Company's taxes: unknown
      Given the fact "taxes_and_claims" is unknown
      When the deal is checked as of "2004-05-15"
      Then "spa.5.2.g" is "unknown"
      And "spa.5.2.g" is missing "taxes_and_claims"

    Scenario: Before the Closing Date nothing is owed under §5.2(g)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.g" is "not yet due"

    Scenario: A Qualified Public Offering ends the tax covenant, the late payment kept on the record
      Given the Company discharges "2003 Colorado property tax" on "2004-05-01"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.g" ended by "a Qualified Public Offering"
      And the working for "spa.5.2.g" mentions "it was breached on 2004-05-01, before it ended"

    Scenario: Waived in writing by every Investor and the Company (taxes)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.g" in writing on "2004-04-15"
      When the deal is checked as of "2004-05-15"
      Then "spa.5.2.g" is "waived"
