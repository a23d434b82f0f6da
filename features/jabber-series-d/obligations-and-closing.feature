@jabber_series_d
Feature: The obligations to close (SPA §4.1 and §4.2) and the closing verdict
  Each Investor is obliged to close when every condition of §4.1 is met, or waived by that Investor in
  writing (spa.4.1.lead, one result per Investor). The Company is obliged to close when every condition
  of §4.2 is met or waived by it in writing (spa.4.2.lead). The obligations themselves cannot be waived.
  The closing is ready when every Investor and the Company is obliged to close.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_lead
  Rule: §4.1 Each Investor is obliged to close when every condition (a) to (w) is met or waived by it

    Scenario: With every condition met, each Investor is obliged to close
      When the deal is checked
      Then "spa.4.1.lead" is "met" for every party

    @spa_4_1_v
    Scenario: Webb's unapproved Form 8-K leaves Webb, and only Webb, not obliged to close
      Given the fact "webb_sec_disclosure.received_and_approved" for "WEBB" is "false" as asserted by "WEBB"
      When the deal is checked
      Then "spa.4.1.v" is "not met" for "WEBB"
      And "spa.4.1.lead" is "not met" for "WEBB"
      And "spa.4.1.lead" is "met" for "FTTI"
      And "spa.4.1.lead" is "met" for "INTEL"
      And the working for "spa.4.1.lead" for "WEBB" mentions "4.1(v)"

    @waiver @spa_4_1_v
    Scenario: Webb's written waiver of §4.1(v) makes Webb obliged to close after all
      Given the fact "webb_sec_disclosure.received_and_approved" for "WEBB" is "false" as asserted by "WEBB"
      And "WEBB" waives "spa.4.1.v" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.v" is "waived" for "WEBB"
      And "spa.4.1.lead" is "met" for every party

    @waiver @spa_4_1_j
    Scenario: Intel's waiver of the legal opinion obliges Intel to close, while FTTI and Webb remain free
      Given the "dated" of the "documents" record "legal_opinion" is "2003-03-17"
      And "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.lead" is "met" for "INTEL"
      And "spa.4.1.lead" is "not met" for "FTTI"
      And "spa.4.1.lead" is "not met" for "WEBB"

    @spa_4_1_s
    Scenario: An unknown condition leaves each Investor's obligation unknown, naming the fact that is needed
      Given the fact "silicon_valley_bank.guarantees_and_security_agreements_released" is unknown
      When the deal is checked
      Then "spa.4.1.s" is "unknown" for every party
      And "spa.4.1.lead" is "unknown" for every party
      And "spa.4.1.lead" for "FTTI" is missing "silicon_valley_bank.guarantees_and_security_agreements_released"

    @spa_4_1_s @spa_4_1_v
    Scenario: For Webb a condition not met outweighs another that is unknown
      Given the fact "silicon_valley_bank.guarantees_and_security_agreements_released" is unknown
      And the fact "webb_sec_disclosure.received_and_approved" for "WEBB" is "false" as asserted by "WEBB"
      When the deal is checked
      Then "spa.4.1.lead" is "not met" for "WEBB"
      And "spa.4.1.lead" is "unknown" for "FTTI"

  @spa_4_2_lead
  Rule: §4.2 The Company is obliged to close when every condition (a) to (i) is met or waived by it

    Scenario: With every condition met, the Company is obliged to close
      When the deal is checked
      Then "spa.4.2.lead" is "met"

    @spa_4_2_a @spa_4_1_lead
    Scenario: Intel's inaccurate representation frees the Company, while every Investor stays obliged
      Given the fact "investor_reps.true_at_closing" for "INTEL" is "false" as asserted by "INTEL"
      When the deal is checked
      Then "spa.4.2.lead" is "not met"
      And "spa.4.1.lead" is "met" for every party
      And the working for "spa.4.2.lead" mentions "4.2(a)"

    @spa_4_2_a
    Scenario: An unknown condition leaves the Company's obligation unknown, naming the fact that is needed
      Given the fact "investor_reps.true_at_closing" for "INTEL" is unknown
      When the deal is checked
      Then "spa.4.2.a" is "unknown"
      And "spa.4.2.lead" is "unknown"
      And "spa.4.2.lead" is missing "investor_reps.true_at_closing[INTEL]"

    @waiver @spa_4_2_a
    Scenario: The Company's written waiver of §4.2(a) obliges it to close
      Given the fact "investor_reps.true_at_closing" for "INTEL" is "false" as asserted by "INTEL"
      And "COMPANY" waives "spa.4.2.a" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.lead" is "met"

  Rule: The closing is ready only when every Investor and the Company is obliged to close

    @spa_4_1_lead @spa_4_2_lead
    Scenario: The planned Closing is ready
      When the deal is checked
      Then the closing is ready
      And the verdict mentions "closing ready: yes"

    @spa_4_2_lead
    Scenario: The Closing is not ready while the Company is not obliged, and the verdict says why
      Given the fact "investor_reps.true_at_closing" for "INTEL" is "false" as asserted by "INTEL"
      When the deal is checked
      Then the closing is not ready
      And the verdict mentions "1 condition outstanding for COMPANY: 4.2(a)"

    @spa_4_1_lead
    Scenario: The Closing is not ready while one Investor is not obliged, and the verdict names it
      Given the fact "webb_sec_disclosure.received_and_approved" for "WEBB" is "false" as asserted by "WEBB"
      When the deal is checked
      Then the closing is not ready
      And the verdict mentions "1 condition outstanding for WEBB: 4.1(v)"

    @spa_4_1_lead
    Scenario: The verdict counts conditions that are outstanding only because a fact is unknown
      Given the fact "silicon_valley_bank.guarantees_and_security_agreements_released" is unknown
      When the deal is checked
      Then the closing is not ready
      And the verdict mentions "1 condition outstanding for FTTI (1 unknown): 4.1(s)"

    @boundary @spa_4_1_p @spa_4_2_b
    Scenario: Checked the day before the Closing, the payments due at the Closing are outstanding
      When the deal is checked as of "2003-03-17"
      Then the closing is not ready
      And "spa.4.1.p" is "unknown" for every party
      And "spa.4.2.b" is "unknown"
      And "spa.4.2.b" is missing "payments[INTEL]"
      And the verdict mentions "4.1(p)"

    @errors
    Scenario: A judgement stated without saying who makes it is refused
      Given the fact "legal_investment.permitted_at_closing" is "true"
      When the deal is checked
      Then the check is refused because "turns on judgement"

  @spa_4_1_lead
  Rule: §2.2 The Investors buy "severally and not jointly": the verdict says who could close alone

    Scenario: FTTI is not satisfied; Intel and Webb could close, but alone they fall short of the minimum
      Given the fact "closing_proceedings.reasonably_satisfactory" for "FTTI" is "false" as asserted by "FTTI"
      When the deal is checked
      Then "spa.4.1.lead" is "not met" for "FTTI"
      And "spa.4.1.lead" is "met" for "INTEL"
      And the closing is not ready
      And the verdict mentions "severally (§2.2): INTEL, WEBB could close now, but alone invest $4,141,999.74, short of the $7,200,000.00 minimum (§4.1(p))"

    Scenario: Once no Investor's own conditions are all met or waived, the verdict says so
      Given the deal state "examples/jabber-series-d-gaps.yaml"
      When the deal is checked
      Then the verdict mentions "no Investor's own conditions are all met or waived yet"

