@jabber_series_d @waiver
Feature: Who may waive a closing condition, how, and from when
  §4.1: the Investors' conditions "may be waived with respect to an Investor in writing by that
  Investor". §4.2: the Company's conditions "may be waived in writing by the Company". A waiver given by
  someone not entitled to give it, or not in writing, is refused: the deal state is sent back rather
  than reported as waived. By default the §4.1 and §4.2 words govern; the setting
  condition_waiver_authority can instead apply §7.9 (the written consent of each Investor and of the Company).

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And the "dated" of the "documents" record "legal_opinion" is "2003-03-17"

  @spa_4_1_j
  Rule: An Investor waives a §4.1 condition for itself only

    Scenario: Intel's written waiver of the misdated opinion releases Intel and no one else
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for "INTEL"
      And "spa.4.1.j" is "not met" for "FTTI"
      And "spa.4.1.j" is "not met" for "WEBB"
      And the reason for "spa.4.1.j" for "INTEL" mentions "waived in writing by INTEL on 2003-03-18"

    @spa_4_1_lead
    Scenario: A waiver signed by all three Investors releases each of them, and the closing is ready
      Given "FTTI, INTEL, WEBB" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for every party
      And "spa.4.1.lead" is "met" for every party
      And the closing is ready

    @spa_4_1_s
    Scenario: A waiver of a condition that is already met changes nothing
      Given "INTEL" waives "spa.4.1.s" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.s" is "met" for "INTEL"

  @errors
  Rule: Only the party a condition protects may waive it, and nobody may waive the obligation itself

    Scenario: The Company may not waive a condition that protects the Investors
      Given "COMPANY" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "COMPANY may not waive it"

    @spa_4_2_b
    Scenario: An Investor may not waive a condition that protects the Company
      Given "FTTI" invests "$3,058,000.25" in cash
      And "FTTI" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "FTTI may not waive it"

    @spa_4_1_w
    Scenario: FT, which is not a party to the Agreement, may not waive the license condition
      Given the fact "ft_license.purchase_commitment" is "$2,500,000.00"
      And "FT" waives "spa.4.1.w" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "FT may not waive it"

    Scenario: Intel cannot carry the Company along in a joint waiver of an Investors' condition
      Given "COMPANY, INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "COMPANY may not waive it"

    @spa_4_1_lead
    Scenario: An Investor may not waive its obligation to close as a whole
      Given "WEBB" waives "spa.4.1.lead" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "gives no one a right to waive it"

    @spa_4_2_lead
    Scenario: The Company may not waive its obligation to close as a whole
      Given "COMPANY" waives "spa.4.2.lead" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "gives no one a right to waive it"

  @errors
  Rule: A waiver must be in writing

    @spa_4_1_j
    Scenario: Intel's oral waiver of the legal opinion is refused
      Given "INTEL" waives "spa.4.1.j" orally on "2003-03-18"
      When the deal is checked
      Then the check is refused because "it must be in writing"

    @spa_4_2_h
    Scenario: The Company's oral waiver of the license condition is refused
      Given the fact "ft_license.purchase_commitment" is "$2,500,000.00"
      And "COMPANY" waives "spa.4.2.h" orally on "2003-03-18"
      When the deal is checked
      Then the check is refused because "it must be in writing"

  @spa_4_1_j
  Rule: A waiver takes effect on its date

    @boundary
    Scenario: A waiver dated after the as-of date is not yet in force
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-19"
      When the deal is checked as of "2003-03-18"
      Then "spa.4.1.j" is "not met" for "INTEL"
      And the reason for "spa.4.1.j" for "INTEL" mentions "not yet in force"

    @boundary
    Scenario: The same waiver is in force once the as-of date reaches its date
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.1.j" is "waived" for "INTEL"

    @boundary
    Scenario: A waiver dated on the as-of date itself is in force
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.4.1.j" is "waived" for "INTEL"

  Rule: Under the §7.9 reading, a waiver needs the written consent of each Investor and of the Company

    @errors @spa_4_1_j
    Scenario: Under §7.9 Intel alone cannot waive the legal opinion, even for itself
      Given the setting "condition_waiver_authority" is "section_7_9_governs"
      And "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "needs the written consent of each of COMPANY, FTTI, INTEL, WEBB"

    @spa_4_1_j
    Scenario: Under §7.9 a waiver signed by the Company and all three Investors releases every Investor
      Given the setting "condition_waiver_authority" is "section_7_9_governs"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for every party
      And "spa.4.1.j" used the setting "condition_waiver_authority" as "section_7_9_governs"

    @errors @spa_4_2_b
    Scenario: Under §7.9 the Company alone cannot waive its own minimum investment condition
      Given the setting "condition_waiver_authority" is "section_7_9_governs"
      And "FTTI" invests "$3,058,000.25" in cash
      And "COMPANY" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "FTTI, INTEL, WEBB did not join"

    @spa_4_2_b
    Scenario: Under §7.9 a waiver signed by everyone releases the Company's minimum investment condition
      Given the setting "condition_waiver_authority" is "section_7_9_governs"
      And "FTTI" invests "$3,058,000.25" in cash
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.b" is "waived"

    @errors @spa_4_1_j
    Scenario: Under §7.9 FT cannot join a waiver, since its consent is not what §7.9 asks for
      Given the setting "condition_waiver_authority" is "section_7_9_governs"
      And "COMPANY, FTTI, INTEL, WEBB, FT" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then the check is refused because "FT is not among the parties whose consent it needs"

    @errors @spa_4_1_j
    Scenario: Under §7.9 an oral waiver by everyone is still refused
      Given the setting "condition_waiver_authority" is "section_7_9_governs"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.4.1.j" orally on "2003-03-18"
      When the deal is checked
      Then the check is refused because "it must be in writing"
