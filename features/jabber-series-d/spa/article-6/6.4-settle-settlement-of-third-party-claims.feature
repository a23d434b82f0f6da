@jabber_series_d
Feature: SPA §6.4: no settlement of a third party's claim without the Company's prior written consent
  "The Indemnified Party shall not settle or compromise any claim by a third party for which they are entitled
  to indemnification pursuant to Section 6.3 hereof, without the prior written consent of the Company (which
  shall not be unreasonably withheld) unless suit shall have been instituted against them and the Company
  shall not have taken control of such suit after notification thereof as provided in this Section 6.4".
  Per Investor, over each settlement by its Indemnified Parties: complied with when the Company consented in
  writing before it (the Company's word alone), or suit had been instituted, the Company notified and it had
  not taken control of the suit; breached on the day of any other. Whether the Company withheld its consent
  unreasonably is no one party's call; what follows is the setting settlement_consent_unreasonably_withheld.
  Whether §6.5's control of the settlement dispenses with the consent is settlement_under_defence_control.
  Claims and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen
    And "INTEL" claims indemnity for "the suit by a customer of the Company" for "$250,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-03"
    And the claim "INTEL" makes for "the suit by a customer of the Company" results from a third party's claim brought on "2004-03-01"

  @spa_6_4_settle
  Rule: §6.4 A settlement needs the Company's prior written consent, unless suit was instituted and the Company, notified, did not take control

    Scenario: Settled with the Company's written consent given beforehand: complied with
      Given the Company consents in writing on "2004-03-25" to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" as asserted by "COMPANY"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      When the deal is checked as of "2004-04-15"
      Then the outcomes are:
        | rule           | party | status         |
        | spa.6.4.settle | INTEL | complied       |
        | spa.6.4.settle | FTTI  | not applicable |
        | spa.6.4.settle | WEBB  | not applicable |
      And the reason for "spa.6.4.settle" for "INTEL" mentions "Intel settled the third party's claim on April 1, 2004 with the Company's prior written consent, given on March 25, 2004"

    Scenario: Settled without any consent and with no suit: breached on the day of the settlement, Intel's own failure
      Given "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" for "INTEL" was breached on "2004-04-01"
      And the reason for "spa.6.4.settle" for "INTEL" mentions "Intel settled a third party's claim without the Company's prior written consent, and no suit had been instituted against it"
      And the reason for "spa.6.4.settle" for "INTEL" mentions "the failure is Intel's own"

    @boundary
    Scenario Outline: A consent given the day after the settlement is not prior: <consent>
      Given "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the Company consents in writing on "<consent>" to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" as asserted by "COMPANY"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" <outcome>

      Examples:
        | consent    | outcome                                   |
        | 2004-04-01 | is "complied" for "INTEL"                 |
        | 2004-04-02 | for "INTEL" was breached on "2004-04-01"  |

    Scenario: Intel may not say the Company consented: its word is set aside, and whether the settlement was allowed is unknown
      Given "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the Company consents in writing on "2004-03-25" to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" as asserted by "INTEL"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "unknown" for "INTEL"
      And "spa.6.4.settle" for "INTEL" sets aside the assertion by "INTEL" because "INTEL may not make it"

    Scenario: Company counsel may give the Company's consent
      Given "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the Company consents in writing on "2004-03-25" to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" as asserted by "Company counsel"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "complied" for "INTEL"

    Scenario: Suit instituted, the Company notified and not in control of the suit: Intel may settle without consent
      Given suit is instituted against "INTEL" on the claim for "the suit by a customer of the Company" on "2004-03-05"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "complied" for "INTEL"
      And the reason for "spa.6.4.settle" for "INTEL" mentions "the suit instituted against it on March 5, 2004, after notifying the Company of the claim"

    Scenario: Suit instituted, but the Company took control of it before the settlement: consent was needed
      Given suit is instituted against "INTEL" on the claim for "the suit by a customer of the Company" on "2004-03-05"
      And the Company assumes the defence of the claim "INTEL" makes for "the suit by a customer of the Company" on "2004-03-10" by written notice to the Indemnified Parties
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" for "INTEL" was breached on "2004-04-01"
      And the reason for "spa.6.4.settle" for "INTEL" mentions "the Company had taken control of the suit on March 10, 2004"

    Scenario: Suit instituted, but the Company was never notified of the claim: the exception does not apply
      Given no indemnity claim has arisen
      And there are no "notices"
      And there are no "third_party_claims"
      And "INTEL" claims indemnity for "the suit by a customer of the Company" for "$250,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01"
      And the claim "INTEL" makes for "the suit by a customer of the Company" results from a third party's claim brought on "2004-03-01"
      And suit is instituted against "INTEL" on the claim for "the suit by a customer of the Company" on "2004-03-05"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" for "INTEL" was breached on "2004-04-01"
      And the reason for "spa.6.4.settle" for "INTEL" mentions "it had not notified the Company of the claim"

    Scenario Outline: The Company withheld its consent unreasonably: under <reading> the settlement <what>
      Given the Company withholds its consent to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" unreasonably as asserted by "INTEL"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the setting "settlement_consent_unreasonably_withheld" is "<reading>"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" <outcome>
      And "spa.6.4.settle" used the setting "settlement_consent_unreasonably_withheld" as "<reading>"

      Examples:
        | reading                | what               | outcome                                  |
        | consent_still_required | still breaches it  | for "INTEL" was breached on "2004-04-01" |
        | settlement_permitted   | complies with it   | is "complied" for "INTEL"                |

    Scenario: Withheld reasonably, as the Company says: no reading lets Intel settle
      Given the Company withholds its consent to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" reasonably as asserted by "COMPANY"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the setting "settlement_consent_unreasonably_withheld" is "settlement_permitted"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" for "INTEL" was breached on "2004-04-01"

    Scenario: FT, no party to the Agreement, may not judge the Company's refusal: its word is set aside
      Given the Company withholds its consent to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" unreasonably as asserted by "FT"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the setting "settlement_consent_unreasonably_withheld" is "settlement_permitted"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "unknown" for "INTEL"
      And "spa.6.4.settle" for "INTEL" sets aside the assertion by "FT" because "FT may not make it"

    Scenario: Left unresolved, the two readings of an unreasonable refusal disagree: unknown, quoting the question
      Given the Company withholds its consent to the settlement of the claim "INTEL" makes for "the suit by a customer of the Company" unreasonably as asserted by "INTEL"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the setting "settlement_consent_unreasonably_withheld" is "unresolved"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "unknown" for "INTEL"
      And the working for "spa.6.4.settle" for "INTEL" mentions "breached under consent_still_required, complied under settlement_permitted"

    Scenario Outline: Intel controls the defence on its own reasonable opinion of an adverse effect: under <reading> its settlement <what>
      Given in the reasonable opinion of "INTEL" its claim for "the suit by a customer of the Company" could have an adverse effect on its business as asserted by "INTEL"
      And "INTEL" controls the defence of its claim for "the suit by a customer of the Company"
      And "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And the setting "settlement_under_defence_control" is "<reading>"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" <outcome>

      Examples:
        | reading                     | what              | outcome                                  |
        | consent_still_required      | still breaches it | for "INTEL" was breached on "2004-04-01" |
        | control_includes_settlement | complies with it  | is "complied" for "INTEL"                |

    Scenario: A third party's claim not settled: nothing to check
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "not applicable" for every party

    Scenario: With nothing recorded about the third parties' claims, whether Intel settled one is unknown
      Given the fact "third_party_claims" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "unknown" for "INTEL"
      And "spa.6.4.settle" for "INTEL" is missing "third_party_claims"
      And "spa.6.4.settle" is "not applicable" for "FTTI"

    @waiver
    Scenario: The Company and every Investor waive it in writing under §7.9
      Given "INTEL" settles the third party's claim behind its claim for "the suit by a customer of the Company" on "2004-04-01"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.4.settle" in writing on "2004-04-10"
      When the deal is checked as of "2004-04-15"
      Then "spa.6.4.settle" is "waived" for "INTEL"
