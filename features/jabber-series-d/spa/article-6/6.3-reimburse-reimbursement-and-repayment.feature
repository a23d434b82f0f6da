@jabber_series_d
Feature: SPA §6.3: the Company reimburses Losses promptly as incurred; the Indemnified Party repays what a final ruling attributes to its gross negligence or willful misconduct
  "The Company agrees to reimburse each Indemnified Party promptly for all such Losses as they are incurred
  by such Indemnified Party. Each Indemnified Party shall reimburse the Company for any payments made by the
  Company to such Indemnified Party pursuant to this Section 6.3 to the extent of Losses which are finally
  determined in a judicial proceeding to be a result of the Indemnified Party's gross negligence or willful
  misconduct." Two covenants, per Investor: the Company's (spa.6.3.reimburse) and the Indemnified Party's
  (spa.6.3.reimburse.repay). The Agreement sets no number of days for either: when "promptly" ran out, and
  when the repayment was owed, are a party's judgement on each amount. Nothing is owed on Losses §6.3 does
  not cover or §6.6 excludes. Claims, amounts and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen
    And "INTEL" claims indemnity for "the investigation by a state securities regulator" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
    And "INTEL" incurs "$20,000.00" of Losses "counsel fees, April 2004" on its claim for "the investigation by a state securities regulator" on "2004-04-30", to be reimbursed by "2004-05-31" as asserted by "INTEL"

  @spa_6_3_reimburse
  Rule: §6.3 The Company reimburses each amount of Losses promptly, as incurred

    Scenario: Reimbursed before the day "promptly" ran out: complied with
      Given the Company reimburses the Losses "counsel fees, April 2004" on "2004-05-20"
      When the deal is checked as of "2004-06-15"
      Then the outcomes are:
        | rule              | party | status         |
        | spa.6.3.reimburse | INTEL | complied       |
        | spa.6.3.reimburse | FTTI  | not applicable |
        | spa.6.3.reimburse | WEBB  | not applicable |
        And the reason for "spa.6.3.reimburse" for "INTEL" mentions "each of the Losses it owes ($20,000.00) was reimbursed by the day “promptly” required, the last on May 20, 2004"

    @boundary
    Scenario Outline: Not yet reimbursed: complied with so far through May 31, 2004, breached from June 1
      When the deal is checked as of "<as of>"
      Then "spa.6.3.reimburse" <outcome>

      Examples:
        | as of      | outcome                                  |
        | 2004-05-31 | is "complied" for "INTEL"                |
        | 2004-06-01 | for "INTEL" was breached on "2004-06-01" |

    Scenario: Reimbursed late: breached from the day after the deadline, the late payment included
      Given the Company reimburses the Losses "counsel fees, April 2004" on "2004-06-10"
      When the deal is checked as of "2004-06-15"
      Then "spa.6.3.reimburse" for "INTEL" was breached on "2004-06-01"
      And the reason for "spa.6.3.reimburse" for "INTEL" mentions "did not reimburse $20,000.00 of Intel's Losses by May 31, 2004"
      And the reason for "spa.6.3.reimburse" for "INTEL" mentions "it paid only on June 10, 2004"

    Scenario Outline: Nothing is owed on Losses §6.3 does not cover or §6.6 excludes: <why>
      Given "FTTI" claims indemnity for "<what>" for "$50,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      And "FTTI" incurs "$50,000.00" of Losses "FTTI's losses" on its claim for "<what>" on "2004-04-30", to be reimbursed by "2004-05-31" as asserted by "FTTI"
      And <fact>
      When the deal is checked as of "2004-07-01"
      Then "spa.6.3.reimburse" is "complied" for "FTTI"

      Examples:
        | why                           | what                                  | fact                                                                                                                                                                       |
        | outside §6.3                  | a fall in the price, outside §6.3     | the setting "indemnity_willful_breach" is "any_investor"                                                                                                                   |
        | indirect damages, §6.6(b)     | a breach of §3.1(m)                   | the Losses "FTTI" claims for "a breach of §3.1(m)" are indirect, consequential or special damages                                                                          |
        | gross negligence found        | a breach of §3.1(m)                   | a final and non-appealable ruling of "2004-06-15" determined the Losses "FTTI" claims for "a breach of §3.1(m)" to be a result of its gross negligence or willful misconduct |

    Scenario Outline: A matter that is Webb's willful breach: nothing owed to FTTI under any_investor, owed under claimant_only
      Given "FTTI" claims indemnity for "a breach of §3.1(m)" for "$50,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      And "FTTI" incurs "$50,000.00" of Losses "FTTI's losses" on its claim for "a breach of §3.1(m)" on "2004-04-30", to be reimbursed by "2004-05-31" as asserted by "FTTI"
      And the matter "FTTI" claims for "a breach of §3.1(m)" is a willful breach by "WEBB"
      And the setting "indemnity_willful_breach" is "<reading>"
      When the deal is checked as of "2004-07-01"
      Then "spa.6.3.reimburse" <outcome>

      Examples:
        | reading       | outcome                                 |
        | any_investor  | is "complied" for "FTTI"                |
        | claimant_only | for "FTTI" was breached on "2004-06-01" |

    Scenario: When nobody has said by when "promptly" ran out, whether the Company is late is unknown
      Given the "reimburse_by" of the "indemnity_reimbursements" record "counsel fees, April 2004" is "unknown"
      When the deal is checked as of "2004-07-01"
      Then "spa.6.3.reimburse" is "unknown" for "INTEL"
      And "spa.6.3.reimburse" for "INTEL" is missing "indemnity_reimbursements[counsel fees, April 2004].reimburse_by"

    Scenario: FT, no party to the Agreement, may not judge by when the Company had to pay: its word is set aside
      Given the "reimburse_by" of the "indemnity_reimbursements" record "counsel fees, April 2004" is "2004-05-31" as asserted by "FT"
      When the deal is checked as of "2004-07-01"
      Then "spa.6.3.reimburse" is "unknown" for "INTEL"
      And "spa.6.3.reimburse" for "INTEL" sets aside the assertion by "FT" because "FT may not make it"

    Scenario: A claim on which no Losses have been incurred asks for no reimbursement
      Given there are no "indemnity_reimbursements"
      When the deal is checked as of "2004-07-01"
      Then "spa.6.3.reimburse" is "not applicable" for every party

    @waiver
    Scenario: The Company and every Investor waive the prompt reimbursement in writing under §7.9
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.3.reimburse" in writing on "2004-06-05"
      When the deal is checked as of "2004-07-01"
      Then "spa.6.3.reimburse" is "waived" for "INTEL"

  @spa_6_3_reimburse_repay
  Rule: §6.3 The Indemnified Party repays what the Company paid for Losses finally found a result of its gross negligence or willful misconduct

    Background:
      Given the Company reimburses the Losses "counsel fees, April 2004" on "2004-05-20"
      And a final and non-appealable ruling of "2004-09-01" determined the Losses "INTEL" claims for "the investigation by a state securities regulator" to be a result of its gross negligence or willful misconduct
      And the Company's payment for the Losses "counsel fees, April 2004" is to be repaid by "2004-10-31" as asserted by "COMPANY"

    Scenario: Before the final ruling nothing is to be repaid
      When the deal is checked as of "2004-08-31"
      Then "spa.6.3.reimburse.repay" is "not applicable" for "INTEL"
      And "spa.6.3.reimburse" is "complied" for "INTEL"

    Scenario: After the ruling, not yet repaid: due until October 31, 2004; the Company owes nothing more
      When the deal is checked as of "2004-09-15"
      Then "spa.6.3.reimburse.repay" for "INTEL" is due on "2004-10-31"
      And the reason for "spa.6.3.reimburse.repay" for "INTEL" mentions "The Company paid Intel $20,000.00 on Losses a final judicial determination of September 1, 2004 found a result of its gross negligence or willful misconduct, and Intel has not repaid it"
      And "spa.6.3.reimburse" is "complied" for "INTEL"

    Scenario: Repaid in time: complied with
      Given the Company's payment for the Losses "counsel fees, April 2004" is to be repaid by "2004-10-31" as asserted by "COMPANY", and is repaid on "2004-10-15"
      When the deal is checked as of "2004-11-15"
      Then "spa.6.3.reimburse.repay" is "complied" for "INTEL"
      And the reason for "spa.6.3.reimburse.repay" for "INTEL" mentions "Intel repaid the Company, in time, the $20,000.00 it received"

    @boundary
    Scenario: Not repaid by October 31: breached from November 1, Intel's own failure
      When the deal is checked as of "2004-11-01"
      Then "spa.6.3.reimburse.repay" for "INTEL" was breached on "2004-11-01"
      And the reason for "spa.6.3.reimburse.repay" for "INTEL" mentions "the failure is Intel's own"
      And the reason for "spa.6.3.reimburse.repay" for "INTEL" mentions "The Company paid Intel $20,000.00 on Losses a final judicial determination of September 1, 2004 found a result of its gross negligence or willful misconduct, and Intel has not repaid it"

    Scenario: Losses the Company never paid are not repaid: nothing to repay
      Given the "reimbursed" of the "indemnity_reimbursements" record "counsel fees, April 2004" is "false"
      When the deal is checked as of "2004-11-15"
      Then "spa.6.3.reimburse.repay" is "not applicable" for "INTEL"

    Scenario: When nobody has said by when the repayment was owed, it is unknown
      Given the "repay_by" of the "indemnity_reimbursements" record "counsel fees, April 2004" is "unknown"
      When the deal is checked as of "2004-11-15"
      Then "spa.6.3.reimburse.repay" is "unknown" for "INTEL"
      And "spa.6.3.reimburse.repay" for "INTEL" is missing "indemnity_reimbursements[counsel fees, April 2004].repay_by"

    @waiver
    Scenario: The Company and every Investor waive the repayment in writing under §7.9
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.3.reimburse.repay" in writing on "2004-11-10"
      When the deal is checked as of "2004-11-15"
      Then "spa.6.3.reimburse.repay" is "waived" for "INTEL"
