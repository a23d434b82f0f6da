@jabber_series_d
Feature: SPA §7.9: an amendment or a waiver needs the written consent of each Investor and of the Company
  "Any term of this Agreement may be amended and the observance of any term hereof may be waived (either
  prospectively or retroactively and either generally or in a particular instance) only with the written
  consent of each Investor and the written consent of the Company." Waivers are checked on the row of the
  rule they waive, by its waiver routes (§7.9, and for the closing conditions the §4.1 and §4.2 routes the
  setting condition_waiver_authority admits). Amendments are this row: met when each amendment recorded has
  the written consent of FTTI, Intel, Webb and the Company; not met names the one that lacks it, which is set
  aside. Amendments and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_7_9
  Rule: §7.9 An amendment needs the written consent of each Investor and of the Company

    Scenario: The Agreement has not been amended: nothing to check
      When the deal is checked
      Then "spa.7.9" is "not applicable"

    Scenario: An amendment every Investor and the Company consented to in writing: met
      Given on "2004-02-02" the Agreement is amended by "the first amendment" (changing "the §5.2(l) date"), with the written consent of "COMPANY, FTTI, INTEL, WEBB"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.9" is "met"
      And the reason for "spa.7.9" mentions "The amendment of February 2, 2004 (the first amendment, changing the §5.2(l) date) has the written consent of each Investor and of the Company"

    Scenario: Without Webb's consent the amendment is set aside, the row naming it and what it lacks
      Given on "2004-02-02" the Agreement is amended by "the first amendment" (changing "the §5.2(l) date"), with the written consent of "COMPANY, FTTI, INTEL"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.9" is "not met"
      And the reason for "spa.7.9" mentions "lacks Webb's written consent: it has no effect"
      And the working for "spa.7.9" mentions "not for the first amendment"
      And the working for "spa.7.9" mentions "amendments[the first amendment].consented_by = [COMPANY, FTTI, INTEL]"

    Scenario: The Investors alone may not amend it: the Company's consent is needed too
      Given on "2004-02-02" the Agreement is amended by "the first amendment" (changing "the §5.2(l) date"), with the written consent of "FTTI, INTEL, WEBB"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.9" is "not met"
      And the reason for "spa.7.9" mentions "lacks the Company's written consent"

    Scenario: An amendment agreed orally is set aside
      Given on "2004-02-02" the Agreement is amended by "the first amendment" (changing "the §5.2(l) date"), with the oral consent of "COMPANY, FTTI, INTEL, WEBB"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.9" is "not met"
      And the reason for "spa.7.9" mentions "was not consented to in writing"

    Scenario: With nothing known about amendments, whether one was set aside is unknown
      Given the fact "amendments" is unknown
      When the deal is checked
      Then "spa.7.9" is "unknown"
      And "spa.7.9" is missing "amendments"

    Scenario: A waiver of a covenant by one Investor alone does not meet §7.9 and is set aside on that covenant's row
      Given on "2004-02-02" the Company issues stock certificate "C-12" for shares of "FTTI" without the §7.2 legend
      And "FTTI" waives "spa.7.2" in writing on "2004-02-05"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.2" for "FTTI" was breached on "2004-02-02"
      And "spa.7.2" for "FTTI" sets aside the waiver by "FTTI" because "may not waive it"

    @waiver
    Scenario: The Company and every Investor waive it in writing, under §7.9 itself
      Given on "2004-02-02" the Agreement is amended by "the first amendment" (changing "the §5.2(l) date"), with the oral consent of "COMPANY, FTTI, INTEL, WEBB"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.7.9" in writing on "2004-02-05"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.9" is "waived"
