@jabber_series_d @waiver
Feature: Who may waive a closing condition, how, and from when
  §4.1: the Investors' conditions "may be waived with respect to an Investor in writing by that
  Investor". §4.2: the Company's conditions "may be waived in writing by the Company". §7.9: "the
  observance of any term hereof may be waived ... only with the written consent of each Investor and
  the written consent of the Company". By default both routes count (setting condition_waiver_authority
  = section_4_or_7_9): an Investor waives for its own row, and everyone together waives for every row.
  A waiver by the wrong party, not in writing, dated before the Agreement or after the Closing Date is
  a fact about the deal, not bad input: it is set aside on the row, with why, and the check goes on.

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
      And the working for "spa.4.1.j" for "INTEL" mentions "waived in writing by INTEL on 2003-03-18"

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

  @spa_4_1_j @spa_4_1_lead
  Rule: A written blanket waiver of "all §4.1 conditions" waives each of them for that Investor

    Scenario: Intel's blanket waiver of §4.1 waives the misdated opinion for Intel only
      Given "INTEL" waives "spa.4.1.*" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for "INTEL"
      And "spa.4.1.lead" is "met" for "INTEL"
      And "spa.4.1.j" is "not met" for "FTTI"
      And "spa.4.1.lead" is "not met" for "WEBB"

  @waiver
  Rule: A waiver by a party the text does not empower is set aside, and the check goes on

    @spa_4_1_j
    Scenario: The Company may not waive a condition that protects the Investors
      Given "COMPANY" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for "FTTI"
      And "spa.4.1.j" for "FTTI" sets aside the waiver by "COMPANY" because "COMPANY may not waive it for FTTI"
      And "spa.4.1.j" for "INTEL" sets aside the waiver by "COMPANY" because "INTEL, WEBB did not join"
      And the closing is not ready

    @spa_4_2_b
    Scenario: An Investor may not waive a condition that protects the Company
      Given "FTTI" invests "$3,058,000.25" in cash
      And "FTTI" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.b" is "not met"
      And "spa.4.2.b" sets aside the waiver by "FTTI" because "FTTI may not waive it for COMPANY"

    @spa_4_1_w
    Scenario: FT, which is not a party to the Agreement, may not waive the license condition
      Given the fact "ft_license.purchase_commitment" is "$2,500,000.00"
      And "FT" waives "spa.4.1.w" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.w" is "not met" for every party
      And "spa.4.1.w" for "WEBB" sets aside the waiver by "FT" because "FT may not waive it"

    Scenario: A joint waiver by the Company and Intel releases Intel, and not FTTI or Webb
      Given "COMPANY, INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for "INTEL"
      And "spa.4.1.j" is "not met" for "FTTI"
      And "spa.4.1.j" for "FTTI" sets aside the waiver by "COMPANY" because "FTTI, WEBB did not join"

    @spa_4_1_lead
    Scenario: An Investor may not waive its obligation to close as a whole
      Given "WEBB" waives "spa.4.1.lead" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.lead" is "not met" for "WEBB"
      And "spa.4.1.lead" for "WEBB" sets aside the waiver by "WEBB" because "gives no one a right to waive it"

    @spa_4_2_lead
    Scenario: The Company may not waive its obligation to close as a whole
      Given "COMPANY" waives "spa.4.2.lead" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.lead" sets aside the waiver by "COMPANY" because "gives no one a right to waive it"

  @waiver
  Rule: A waiver must be in writing

    @spa_4_1_j
    Scenario: Intel's oral waiver of the legal opinion is set aside
      Given "INTEL" waives "spa.4.1.j" orally on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for "INTEL"
      And "spa.4.1.j" for "INTEL" sets aside the waiver by "INTEL" because "it must be in writing"

    @spa_4_2_h
    Scenario: The Company's oral waiver of the license condition is set aside
      Given the fact "ft_license.purchase_commitment" is "$2,500,000.00"
      And "COMPANY" waives "spa.4.2.h" orally on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.h" is "not met"
      And "spa.4.2.h" sets aside the waiver by "COMPANY" because "it must be in writing"

  @spa_4_1_j
  Rule: A waiver takes effect on its date, and only between the Agreement and the Closing Date

    @boundary
    Scenario: A waiver dated after the as-of date is not yet in force
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-17"
      When the deal is checked as of "2003-03-16"
      Then the reason for "spa.4.1.j" for "INTEL" mentions "not yet in force"

    @boundary
    Scenario: A waiver dated on the as-of date itself is in force
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked as of "2003-03-18"
      Then "spa.4.1.j" is "waived" for "INTEL"

    @boundary
    Scenario: A waiver dated the day after the Closing Date is set aside, however late the deal is checked
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-19"
      When the deal is checked as of "2003-04-30"
      Then "spa.4.1.j" is "not met" for "INTEL"
      And "spa.4.1.j" for "INTEL" sets aside the waiver by "INTEL" because "after the Closing Date (2003-03-18)"

    @boundary
    Scenario: A waiver dated before the Agreement was made is set aside
      Given "INTEL" waives "spa.4.1.j" in writing on "2003-03-16"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for "INTEL"
      And "spa.4.1.j" for "INTEL" sets aside the waiver by "INTEL" because "before the Agreement was made on 2003-03-17"

    Scenario: An undated waiver leaves the row unknown, since its date decides
      Given "INTEL" waives "spa.4.1.j" in writing
      When the deal is checked
      Then "spa.4.1.j" is "unknown" for "INTEL"
      And the reason for "spa.4.1.j" for "INTEL" mentions "undated"
      And "spa.4.1.j" for "INTEL" is missing "waiver date"

  Rule: Under the "§7.9 only" reading, a waiver needs the written consent of each Investor and of the Company

    @waiver @spa_4_1_j
    Scenario: Under §7.9 only, Intel alone cannot waive the legal opinion, even for itself
      Given the setting "condition_waiver_authority" is "section_7_9_only"
      And "INTEL" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for "INTEL"
      And "spa.4.1.j" for "INTEL" sets aside the waiver by "INTEL" because "with the written consent of each of COMPANY, FTTI, INTEL, WEBB"

    @spa_4_1_j
    Scenario: Under §7.9 only, a waiver signed by the Company and all three Investors releases every Investor
      Given the setting "condition_waiver_authority" is "section_7_9_only"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for every party
      And "spa.4.1.j" used the setting "condition_waiver_authority" as "section_7_9_only"

    @waiver @spa_4_2_b
    Scenario: Under §7.9 only, the Company alone cannot waive its own minimum investment condition
      Given the setting "condition_waiver_authority" is "section_7_9_only"
      And "FTTI" invests "$3,058,000.25" in cash
      And "COMPANY" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.b" is "not met"
      And "spa.4.2.b" sets aside the waiver by "COMPANY" because "FTTI, INTEL, WEBB did not join"

    @spa_4_2_b
    Scenario: By default the Company alone waives its own minimum investment condition
      Given "FTTI" invests "$3,058,000.25" in cash
      And "COMPANY" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.b" is "waived"

    @spa_4_2_b
    Scenario: A waiver signed by everyone releases the Company's minimum investment condition under §7.9
      Given "FTTI" invests "$3,058,000.25" in cash
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.b" is "waived"

    @spa_4_1_j
    Scenario: A signature the text does not ask for adds nothing and takes nothing away
      Given the setting "condition_waiver_authority" is "section_7_9_only"
      And "COMPANY, FTTI, INTEL, WEBB, FT" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for every party

    @waiver @spa_4_1_j
    Scenario: Under §7.9 only, an oral waiver by everyone is still set aside
      Given the setting "condition_waiver_authority" is "section_7_9_only"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.4.1.j" orally on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for every party
      And "spa.4.1.j" for "WEBB" sets aside the waiver by "INTEL" because "it must be in writing"
