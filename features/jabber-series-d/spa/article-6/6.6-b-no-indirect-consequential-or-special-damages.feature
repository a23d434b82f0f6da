@jabber_series_d
Feature: SPA §6.6(b): no indirect, consequential or special damages
  "An Indemnified Party shall not be entitled to recover any indirect, consequential or special damages from
  the Company", "Notwithstanding any other provision in this Agreement or any rule of law or equity". A claim
  for both direct and such damages is written as two claims. Claims and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen
    And "WEBB" claims indemnity for "a breach of the covenant in §5.2(l)" for "$200,000.00", the Losses incurred on "2004-09-01", the facts discovered on "2004-09-01", notice given on "2004-09-10"

  @spa_6_6_b
  Rule: §6.6(b) Only direct damages are recoverable

    Scenario: A claim for direct damages
      When the deal is checked as of "2004-10-01"
      Then "spa.6.6.b" is "met" for "WEBB"
      And the reason for "spa.6.6.b" for "WEBB" mentions "No claim of Webb ($200,000.00 claimed) is for indirect, consequential or special damages"

    Scenario: A claim for lost profits on the software Webb would have resold is for consequential damages
      Given "WEBB" claims indemnity for "the profits lost on the covenant in §5.2(l)" for "$500,000.00", the Losses incurred on "2004-09-01", the facts discovered on "2004-09-01", notice given on "2004-09-10"
      And the Losses "WEBB" claims for "the profits lost on the covenant in §5.2(l)" are indirect, consequential or special damages
      When the deal is checked as of "2004-10-01"
      Then "spa.6.6.b" is "not met" for "WEBB"
      And the reason for "spa.6.6.b" for "WEBB" mentions "Webb claims $500,000.00 of indirect, consequential or special damages"
      And the working for "spa.6.6.b" for "WEBB" mentions "WEBB: the profits lost on the covenant in §5.2(l)"

    Scenario: When the kind of damages is not recorded, the limit is unknown
      Given the "indirect_consequential_or_special" of the "indemnity_claims" record "WEBB: a breach of the covenant in §5.2(l)" is "unknown"
      When the deal is checked as of "2004-10-01"
      Then "spa.6.6.b" is "unknown" for "WEBB"
      And "spa.6.6.b" for "WEBB" is missing "indemnity_claims[WEBB: a breach of the covenant in §5.2(l)].indirect_consequential_or_special"

    Scenario: An Investor with no claim has nothing for the limit to apply to (damages)
      When the deal is checked as of "2004-10-01"
      Then "spa.6.6.b" is "not applicable" for "FTTI"

    Scenario: The limit outlives a Qualified Public Offering (damages)
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And "WEBB" claims indemnity for "the profits lost on the covenant in §5.2(l)" for "$500,000.00", the Losses incurred on "2004-09-01", the facts discovered on "2004-09-01", notice given on "2004-09-10"
      And the Losses "WEBB" claims for "the profits lost on the covenant in §5.2(l)" are indirect, consequential or special damages
      When the deal is checked as of "2004-10-01"
      Then "spa.6.6.b" is "not met" for "WEBB"

    @waiver
    Scenario: The Company and every Investor may agree in writing under §7.9 that such damages be paid
      Given "WEBB" claims indemnity for "the profits lost on the covenant in §5.2(l)" for "$500,000.00", the Losses incurred on "2004-09-01", the facts discovered on "2004-09-01", notice given on "2004-09-10"
      And the Losses "WEBB" claims for "the profits lost on the covenant in §5.2(l)" are indirect, consequential or special damages
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.6.b" in writing on "2004-09-20"
      When the deal is checked as of "2004-10-01"
      Then "spa.6.6.b" is "waived" for "WEBB"
