@jabber_series_d
Feature: SPA §7.1: set-offs within the entitlement
  §7.1: Intel's expenses are reimbursed up to $60,000 in aggregate, Webb's per Schedule 7.1, and "Such
  reimbursement may be withheld by the applicable Investor from the amount to be delivered to the
  Company in payment for its Shares". FTTI has no §7.1 reimbursement. Withholding more is a shortfall
  in the §2.3(c) payment (spa/article-2/2.3-c-price-and-payment.feature).

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_7_1_setoff
  Rule: §7.1 An Investor may withhold only the reimbursement it is owed

    Scenario: Intel withholds $45,000.00 of $52,300.00 of expenses, within the $60,000 cap
      When the deal is checked
      Then "spa.7.1.setoff" is "met" for "INTEL"
      And the reason for "spa.7.1.setoff" for "INTEL" mentions "Intel withheld $45,000.00 from its payment for its Shares, within the $52,300.00 §7.1 lets it withhold"
      And the working for "spa.7.1.setoff" for "INTEL" mentions "reimbursement_entitlement[INTEL] (SPA §7.1) = $52,300.00"

    Scenario: Webb withholds $10,000.00 but Schedule 7.1, which fixes its reimbursement, is not in the file
      Given "WEBB" withholds "$10,000.00" for its expenses
      When the deal is checked
      Then "spa.7.1.setoff" is "unknown" for "WEBB"
      And "spa.7.1.setoff" for "WEBB" is missing "expense_reimbursement.webb_schedule_7_1"

    Scenario: Once Schedule 7.1 is known, Webb's set-off within it is met
      Given "WEBB" withholds "$10,000.00" for its expenses
      And the fact "expense_reimbursement.webb_schedule_7_1" is "$25,000.00"
      When the deal is checked
      Then "spa.7.1.setoff" is "met" for "WEBB"
      And the reason for "spa.7.1.setoff" for "WEBB" mentions "within the $25,000.00 of its obligations detailed in Schedule 7.1"

    Scenario: FTTI has no §7.1 reimbursement, so anything it withholds is a shortfall, shown with its arithmetic
      Given "FTTI" invests "$3,489,995.89" in cash
      And "FTTI" withholds "$10,000.00" for its expenses
      When the deal is checked
      Then "spa.7.1.setoff" is "not met" for "FTTI"
      And the reason for "spa.7.1.setoff" for "FTTI" mentions "FTTI withheld $10,000.00 from its payment for its Shares, but §7.1 gives FTTI no reimbursement to withhold"
      And the working for "spa.7.1.setoff" for "FTTI" mentions "set_off_excess[FTTI] (SPA §7.1) = $10,000.00"
      And "spa.2.3.c" is "not met" for "FTTI"

    @waiver
    Scenario: Everyone's written consent under §7.9 waives FTTI's excess set-off
      Given "FTTI" invests "$3,489,995.89" in cash
      And "FTTI" withholds "$10,000.00" for its expenses
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.7.1.setoff" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.7.1.setoff" is "waived" for "FTTI"
