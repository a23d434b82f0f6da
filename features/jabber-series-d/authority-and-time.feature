@jabber_series_d
Feature: Who may make a judgement, and when it must be made
  A judgement ("reasonably satisfactory", "received and approved", "recent") counts only from the party
  whose call the Agreement makes it, or counsel named in the deal state as acting for that party, and
  only if made "on or prior to the Closing Date" (§4.1 and §4.2 lead-ins). Any other assertion is a fact
  about the deal, not bad input: it is set aside, the row is unknown, and the reason says why.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_l
  Rule: Only FTTI, or counsel acting for FTTI, can say FTTI is reasonably satisfied

    Scenario: FTTI's own statement counts
      Given the fact "closing_proceedings.reasonably_satisfactory" for "FTTI" is "true" as asserted by "FTTI" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.l" is "met" for "FTTI"

    Scenario: The Investors' counsel, who acts for FTTI, may say so for FTTI
      Given the fact "closing_proceedings.reasonably_satisfactory" for "FTTI" is "true" as asserted by "Investors' counsel" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.l" is "met" for "FTTI"

    Scenario: The Company's counsel may not say FTTI is satisfied
      Given the fact "closing_proceedings.reasonably_satisfactory" for "FTTI" is "true" as asserted by "Company counsel" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.l" is "unknown" for "FTTI"
      And "spa.4.1.l" for "FTTI" sets aside the assertion by "Company counsel" because "Company counsel acts for COMPANY, and it is FTTI's call"

    Scenario: Someone who is neither a party nor named counsel is set aside, and the check goes on
      Given the fact "closing_proceedings.reasonably_satisfactory" for "FTTI" is "true" as asserted by "Some Intern" on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.l" is "unknown" for "FTTI"
      And "spa.4.1.l" for "FTTI" sets aside the assertion by "Some Intern" because "neither a party nor counsel named under `counsel:`"
      And "spa.4.1.l" is "met" for "INTEL"
      And the closing is not ready

  @spa_4_1_u
  Rule: An approval counts only if given on or before the Closing Date

    Scenario: Intel approves the 2003 plan the day after the Closing: checked later, the approval does not count
      Given the fact "business_plan.plan_2003_received_and_approved" for "INTEL" is "true" as asserted by "INTEL" on "2003-03-19"
      When the deal is checked as of "2003-04-01"
      Then "spa.4.1.u" is "unknown" for "INTEL"
      And "spa.4.1.u" for "INTEL" sets aside the assertion by "INTEL" because "made on 2003-03-19, after the Closing Date (2003-03-18)"

    Scenario: An approval given on the Closing Date counts, however late the deal is checked
      Given the fact "business_plan.plan_2003_received_and_approved" for "INTEL" is "true" as asserted by "INTEL" on "2003-03-18"
      When the deal is checked as of "2003-04-01"
      Then "spa.4.1.u" is "met" for "INTEL"

    Scenario: An undated approval cannot be placed before the Closing once the Closing Date has passed
      Given the fact "business_plan.plan_2003_received_and_approved" for "INTEL" is "true" as asserted by "INTEL"
      When the deal is checked as of "2003-04-01"
      Then "spa.4.1.u" is "unknown" for "INTEL"
      And "spa.4.1.u" for "INTEL" sets aside the assertion by "INTEL" because "undated, and only a judgement made on or prior to the Closing Date (2003-03-18) counts"

    Scenario: Checked on the Closing Date itself, an undated approval in the file counts
      Given the fact "business_plan.plan_2003_received_and_approved" for "INTEL" is "true" as asserted by "INTEL"
      When the deal is checked as of "2003-03-18"
      Then "spa.4.1.u" is "met" for "INTEL"

  @spa_4_2_g_iv
  Rule: The Company's requests under §4.2(g)(iv) are the Company's to make

    Scenario: FTTI cannot say what the Company reasonably requested from it
      Given the fact "company_requested_documents.reasonably_requested" for "FTTI" is "" as asserted by "FTTI" on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.g.iv" is "unknown"
      And "spa.4.2.g.iv" sets aside the assertion by "FTTI" because "it is the call of COMPANY"
