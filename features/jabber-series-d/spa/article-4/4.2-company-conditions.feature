@jabber_series_d
Feature: SPA §4.2: conditions to the Company's obligation to close
  "The obligation of the Company to consummate the transactions contemplated herein is subject to the
  satisfaction, on or prior to the Closing Date, of the conditions set forth below and applicable
  thereto, any of which may be waived in writing by the Company". Each §4.2 condition has one result,
  for the Company, and only the Company may waive it.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_2_a
  Rule: §4.2(a) Each Investor's representations in §3.2 and §3.3 are true when made and at the Closing

    Scenario: Every Investor's representations are true, so the condition is met
      Given the fact "investor_reps.true_at_closing" for "INTEL" is "true" as asserted by "INTEL"
      When the deal is checked
      Then "spa.4.2.a" is "met"
      And the reason for "spa.4.2.a" mentions "The representations and warranties of each Investor in Sections 3.2 and 3.3 were true and correct when made and are true and correct on and as of the Closing Date (March 18, 2003)"

    Scenario: One Investor's representation untrue at the Closing fails the Company's condition for the whole Closing
      Given the fact "investor_reps.true_at_closing" for "INTEL" is "false" as asserted by "INTEL"
      When the deal is checked
      Then "spa.4.2.a" is "not met"
      And the working for "spa.4.2.a" mentions "INTEL"
      And the reason for "spa.4.2.a" mentions "A representation or warranty an Investor made in Section 3.2 or 3.3 is not true and correct on and as of the Closing Date (March 18, 2003) (true at the Closing: FTTI yes, Intel no, Webb yes)"

    Scenario: Until Webb confirms its representations were true when made, the condition is unknown
      Given the fact "investor_reps.true_when_made" for "WEBB" is unknown
      When the deal is checked
      Then "spa.4.2.a" is "unknown"
      And "spa.4.2.a" is missing "investor_reps.true_when_made[WEBB]"

    @waiver
    Scenario: The Company's written waiver of Intel's inaccurate representation
      Given the fact "investor_reps.true_at_closing" for "INTEL" is "false" as asserted by "INTEL"
      And "COMPANY" waives "spa.4.2.a" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.a" is "waived"

  @spa_4_2_b
  Rule: §4.2(b) The Investors invest at least $7,200,000 at the Closing, the Bridge Notes included
    As planned the Investors pay $7,641,995.63: cash, $45,000.00 of Intel's expenses withheld under §7.1,
    and $1,142,000.00 by cancelling the Webb Note, which by default is what "Bridge Notes" means.

    Scenario: The planned investments of $7,641,995.63 meet the Company's minimum
      When the deal is checked
      Then "spa.4.2.b" is "met"
      And the working for "spa.4.2.b" mentions "$7,641,995.63"
      And the reason for "spa.4.2.b" mentions "The Investors invested $7,641,995.63 at the Closing, the Webb Note included, at least the $7,200,000 minimum (FTTI $3,499,995.89, Intel $2,999,999.74, Webb $1,142,000.00)"

    @boundary
    Scenario: Investments of exactly $7,200,000.00 meet the Company's minimum
      Given "FTTI" invests "$3,058,000.26" in cash
      When the deal is checked
      Then "spa.4.2.b" is "met"
      And the working for "spa.4.2.b" mentions "= $7,200,000.00"
      And the reason for "spa.4.2.b" mentions "The Investors invested $7,200,000.00 at the Closing"

    @boundary
    Scenario: Investments of $7,199,999.99, one cent short, fail the Company's minimum
      Given "FTTI" invests "$3,058,000.25" in cash
      When the deal is checked
      Then "spa.4.2.b" is "not met"
      And the working for "spa.4.2.b" mentions "= $7,199,999.99"
      And the reason for "spa.4.2.b" mentions "The Investors invested $7,199,999.99 at the Closing, the Webb Note included, $0.01 short of the $7,200,000 minimum"

    @boundary
    Scenario: The price of 25,218,915 whole Shares, $7,200,000.2325, meets the Company's minimum
      Given "FTTI" buys "10,711,035" Shares
      And "FTTI" invests "$3,058,000.49" in cash
      When the deal is checked
      Then "spa.4.2.b" is "met"
      And the working for "spa.4.2.b" mentions "= $7,200,000.23"

    @boundary
    Scenario: The price of 25,218,914 whole Shares, $7,199,999.947, fails the Company's minimum
      Given "FTTI" buys "10,711,034" Shares
      And "FTTI" invests "$3,058,000.21" in cash
      When the deal is checked
      Then "spa.4.2.b" is "not met"
      And the working for "spa.4.2.b" mentions "= $7,199,999.947"

    Scenario: An unstated cash payment is unknown, never zero, so the Company's minimum is unknown
      Given the "cash" of the "payments" record "FTTI" is "unknown"
      When the deal is checked
      Then "spa.4.2.b" is "unknown"
      And "spa.4.2.b" is missing "payments[FTTI#1].cash"

    @waiver @spa_4_1_p
    Scenario: The Company's written waiver of a one-cent shortfall leaves each Investor's §4.1(p) in place
      Given "FTTI" invests "$3,058,000.25" in cash
      And "COMPANY" waives "spa.4.2.b" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.b" is "waived"
      And "spa.4.1.p" is "not met" for every party

  @spa_4_2_c
  Rule: §4.2(c) The sale of the Shares is legally permitted on the Closing Date

    Scenario: Counsel's confirmation that the sale is lawful meets the Company's condition
      Given the fact "legal_investment.permitted_at_closing" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.c" is "met"
      And the reason for "spa.4.2.c" mentions "On the Closing Date (March 18, 2003) the sale and issuance of the Shares and the proposed issuance of the Conversion Shares are legally permitted"

    Scenario: A sale the law does not permit fails the Company's condition
      Given the fact "legal_investment.permitted_at_closing" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.c" is "not met"
      And the reason for "spa.4.2.c" mentions "is not legally permitted by every law and regulation to which the Investors and the Company are subject"

    Scenario: Without a view on whether the sale is lawful, the Company's condition is unknown
      Given the fact "legal_investment.permitted_at_closing" is unknown
      When the deal is checked
      Then "spa.4.2.c" is "unknown"
      And "spa.4.2.c" is missing "legal_investment.permitted_at_closing"

    @waiver @spa_4_1_b
    Scenario: The Company's waiver of §4.2(c) leaves each Investor's own condition §4.1(b) in place
      Given the fact "legal_investment.permitted_at_closing" is "false" as asserted by "COMPANY"
      And "COMPANY" waives "spa.4.2.c" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.c" is "waived"
      And "spa.4.1.b" is "not met" for every party

  @spa_4_2_d
  Rule: §4.2(d) The offer and sale are exempt from, or registered under, the securities laws

    Scenario: A pending California notice filing with a $300 fee is sheltered for the Company too
      When the deal is checked
      Then "spa.4.2.d" is "met"
      And the reason for "spa.4.2.d" mentions "the one blue sky notice filing still pending has a fee of $300.00, less than $500, so the proviso excuses it"

    @boundary
    Scenario: A notice fee of $499.99 is sheltered by the proviso
      Given the "notice_fee" of the "blue_sky_filings" record "California" is "$499.99"
      When the deal is checked
      Then "spa.4.2.d" is "met"

    @boundary
    Scenario: A notice fee of exactly $500 is not "less than $500" and fails the Company's condition
      Given the "notice_fee" of the "blue_sky_filings" record "California" is "$500.00"
      When the deal is checked
      Then "spa.4.2.d" is "not met"
      And the working for "spa.4.2.d" mentions "$500.00"
      And the reason for "spa.4.2.d" mentions "A blue sky notice filing is still pending with a fee of $500.00; the proviso excuses only a notice filing and fee of less than $500"

    Scenario: An offering neither exempt from nor qualified under California law is not saved by a small notice filing
      Given the "exempt_or_qualified" of the "blue_sky_filings" record "California" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.d" is "not met"
      And the working for "spa.4.2.d" mentions "California"
      And the reason for "spa.4.2.d" mentions "neither exempt from nor registered or qualified under the blue sky laws of 1 of the states whose laws apply (California and Colorado)"

    Scenario: Once California's notice filing has been made, the exempt offering meets the Company's condition
      Given the "notice_filing_pending" of the "blue_sky_filings" record "California" is "false"
      When the deal is checked
      Then "spa.4.2.d" is "met"
      And the reason for "spa.4.2.d" mentions "exempt or qualified under the blue sky laws of each state whose laws apply (California and Colorado), with no notice filing pending"

    Scenario: A Colorado notice filing of $750 still pending fails the Company's condition although Colorado is otherwise exempt
      Given the "notice_filing_pending" of the "blue_sky_filings" record "Colorado" is "true"
      And the "notice_fee" of the "blue_sky_filings" record "Colorado" is "$750.00"
      When the deal is checked
      Then "spa.4.2.d" is "not met"
      And the working for "spa.4.2.d" mentions "Colorado"

    Scenario: An exempt state whose $750 notice filing may still be pending leaves the Company's condition unknown
      Given the "notice_filing_pending" of the "blue_sky_filings" record "Colorado" is "unknown"
      And the "notice_fee" of the "blue_sky_filings" record "Colorado" is "$750.00"
      When the deal is checked
      Then "spa.4.2.d" is "unknown"
      And "spa.4.2.d" is missing "blue_sky_filings[Colorado].notice_filing_pending"

    Scenario: Without counsel's view on the federal exemption, the Company's condition is unknown
      Given the fact "securities_laws.federal_exempt_or_registered" is unknown
      When the deal is checked
      Then "spa.4.2.d" is "unknown"
      And "spa.4.2.d" is missing "securities_laws.federal_exempt_or_registered"

    @waiver
    Scenario: The Company's written waiver of a $500 notice filing
      Given the "notice_fee" of the "blue_sky_filings" record "California" is "$500.00"
      And "COMPANY" waives "spa.4.2.d" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.d" is "waived"

  @spa_4_2_e
  Rule: §4.2(e) Filings made and consents "necessary or appropriate" obtained

    Scenario: Filings made and every necessary or appropriate consent obtained meet the Company's condition
      Given the fact "consents.necessary_or_appropriate_obtained" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.e" is "met"
      And the reason for "spa.4.2.e" mentions "every consent, permit and waiver necessary or appropriate for the issuance and sale of the Shares"

    @spa_4_1_d
    Scenario: A consent that is appropriate but not necessary fails §4.2(e) while §4.1(d) is met
      Given the fact "consents.necessary_obtained" is "true" as asserted by "COMPANY"
      And the fact "consents.necessary_or_appropriate_obtained" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.e" is "not met"
      And "spa.4.1.d" is "met" for every party
      And the reason for "spa.4.2.e" mentions "A consent, permit or waiver necessary or appropriate for the issuance and sale of the Shares and the Conversion Shares"

    Scenario: Without a view on the necessary or appropriate consents, the Company's condition is unknown
      Given the fact "consents.necessary_or_appropriate_obtained" is unknown
      When the deal is checked
      Then "spa.4.2.e" is "unknown"
      And "spa.4.2.e" is missing "consents.necessary_or_appropriate_obtained"

    @waiver
    Scenario: The Company's written waiver of an appropriate consent not obtained
      Given the fact "consents.necessary_or_appropriate_obtained" is "false" as asserted by "COMPANY"
      And "COMPANY" waives "spa.4.2.e" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.e" is "waived"

  @spa_4_2_f
  Rule: §4.2(f) No action has been asserted, instituted or threatened to restrain the transactions

    Scenario: With no action pending or threatened the Company's condition is met
      Given the fact "proceedings.action_to_restrain_transactions" is "false"
      When the deal is checked
      Then "spa.4.2.f" is "met"
      And the reason for "spa.4.2.f" mentions "No action, suit or proceeding by or before a Governmental Authority has been asserted, instituted or threatened"

    Scenario: A threatened action fails the Company's condition
      Given the fact "proceedings.action_to_restrain_transactions" is "true"
      When the deal is checked
      Then "spa.4.2.f" is "not met"
      And the reason for "spa.4.2.f" mentions "An action, suit or proceeding by or before a Governmental Authority has been asserted, instituted or threatened"

    Scenario: When nobody has said whether any action is threatened, the Company's condition is unknown
      Given the fact "proceedings.action_to_restrain_transactions" is unknown
      When the deal is checked
      Then "spa.4.2.f" is "unknown"
      And "spa.4.2.f" is missing "proceedings.action_to_restrain_transactions"

    @waiver @spa_4_1_e
    Scenario: The Company's written waiver of a threatened action leaves each Investor's §4.1(e) in place
      Given the fact "proceedings.action_to_restrain_transactions" is "true"
      And "COMPANY" waives "spa.4.2.f" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.f" is "waived"
      And "spa.4.1.e" is "not met" for every party

  @spa_4_2_g
  Rule: §4.2(g) as a whole: each Investor has executed and delivered items (i) to (iv) to the Company

    Scenario: With every Investor's documents delivered, §4.2(g) is met
      When the deal is checked
      Then "spa.4.2.g" is "met"
      And the reason for "spa.4.2.g" mentions "Every item of §4.2(g)(i) to (iv) is met, waived in writing, or not applicable"

    @spa_4_2_g_iii
    Scenario: Webb has not signed the Voting Agreement, which fails item (iii) and so §4.2(g)
      Given the "signed_by" of the "documents" record "voting_agreement" is "COMPANY, FTTI, INTEL"
      When the deal is checked
      Then "spa.4.2.g.iii" is "not met"
      And "spa.4.2.g" is "not met"
      And the working for "spa.4.2.g" mentions "4.2(g)(iii)"
      And the reason for "spa.4.2.g" mentions "Not every item of §4.2(g)(i) to (iv) is met, waived in writing, or not applicable"
      And the reason for "spa.4.2.g.iii" mentions "Not every Investor has executed the Voting Agreement (signed by: the Company, FTTI and Intel)"
      And "spa.4.2.lead" is "not met"
      And the reason for "spa.4.2.lead" mentions "Not every condition of §4.2 to the Company's obligation to close is met, waived in writing, or not applicable"

    @spa_4_2_g_iv
    Scenario: When one item is unknown, §4.2(g) is unknown and names the fact it lacks
      Given the fact "company_requested_documents.reasonably_requested" for "WEBB" is "lock-up letter" as asserted by "COMPANY"
      And the fact "company_requested_documents.delivered" for "WEBB" is unknown
      When the deal is checked
      Then "spa.4.2.g.iv" is "unknown"
      And "spa.4.2.g" is "unknown"
      And "spa.4.2.g" is missing "company_requested_documents.delivered[WEBB]"

    @waiver @spa_4_2_g_iii @spa_4_2_lead
    Scenario: The Company's written waiver of all of §4.2(g) covers Webb's unsigned Voting Agreement
      Given the "signed_by" of the "documents" record "voting_agreement" is "COMPANY, FTTI, INTEL"
      And "COMPANY" waives "spa.4.2.g" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.g" is "waived"
      And "spa.4.2.g.iii" is "not met"
      And "spa.4.2.lead" is "met"
      And the reason for "spa.4.2.lead" mentions "Every condition of §4.2 to the Company's obligation to close is met, waived in writing, or not applicable"

  @spa_4_2_g_i
  Rule: §4.2(g)(i) The Investors Rights Agreement duly executed by each Investor

    Scenario: Every Investor signed the Investors Rights Agreement and the Company has received it
      Given the "signed_by" of the "documents" record "investors_rights_agreement" is "COMPANY, FTTI, INTEL, WEBB"
      When the deal is checked
      Then "spa.4.2.g.i" is "met"
      And the reason for "spa.4.2.g.i" mentions "Each Investor has executed the Investors Rights Agreement (signed by: the Company, FTTI, Intel and Webb), and it was delivered to the Company on March 18, 2003, by the Closing Date (March 18, 2003)"

    @spa_4_1_q_ii
    Scenario: Webb has not signed the Investors Rights Agreement, which fails the Company's item but not the Investors' §4.1(q)(ii)
      Given the "signed_by" of the "documents" record "investors_rights_agreement" is "COMPANY, FTTI, INTEL"
      When the deal is checked
      Then "spa.4.2.g.i" is "not met"
      And "spa.4.1.q.ii" is "met" for every party
      And the working for "spa.4.2.g.i" mentions "WEBB"
      And the reason for "spa.4.2.g.i" mentions "Not every Investor has executed the Investors Rights Agreement (signed by: the Company, FTTI and Intel)"

    Scenario: Counterparts not delivered to the Company fail the item
      Given the "delivered_to" of the "documents" record "investors_rights_agreement" is "FTTI, INTEL, WEBB"
      When the deal is checked
      Then "spa.4.2.g.i" is "not met"
      And the reason for "spa.4.2.g.i" mentions "The Investors Rights Agreement executed by the Investors has not been delivered to the Company (delivered to: FTTI, Intel and Webb)"

    Scenario: Without the date the Company received the counterparts, the item is unknown
      Given the "delivered_on" of the "documents" record "investors_rights_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.2.g.i" is "unknown"
      And "spa.4.2.g.i" is missing "documents[investors_rights_agreement].delivered_on"

    @waiver
    Scenario: The Company's written waiver of Webb's missing signature
      Given the "signed_by" of the "documents" record "investors_rights_agreement" is "COMPANY, FTTI, INTEL"
      And "COMPANY" waives "spa.4.2.g.i" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.g.i" is "waived"

  @spa_4_2_g_ii
  Rule: §4.2(g)(ii) The Right of First Refusal Agreement duly executed by each Investor

    Scenario: Every Investor signed the Right of First Refusal Agreement and the Company has received it
      When the deal is checked
      Then "spa.4.2.g.ii" is "met"
      And the reason for "spa.4.2.g.ii" mentions "Each Investor has executed the Right of First Refusal Agreement"

    Scenario: FTTI has not signed the Right of First Refusal Agreement, which fails the item
      Given the "signed_by" of the "documents" record "right_of_first_refusal_agreement" is "COMPANY, INTEL, WEBB"
      When the deal is checked
      Then "spa.4.2.g.ii" is "not met"
      And the reason for "spa.4.2.g.ii" mentions "Not every Investor has executed the Right of First Refusal Agreement (signed by: the Company, Intel and Webb)"

    @boundary
    Scenario: Counterparts delivered to the Company the day after the Closing Date fail the item
      Given the "delivered_on" of the "documents" record "right_of_first_refusal_agreement" is "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.2.g.ii" is "not met"
      And the reason for "spa.4.2.g.ii" mentions "The Right of First Refusal Agreement reached the Company on March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: Without the list of the Investors who signed the Right of First Refusal Agreement, the item is unknown
      Given the "signed_by" of the "documents" record "right_of_first_refusal_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.2.g.ii" is "unknown"
      And "spa.4.2.g.ii" is missing "documents[right_of_first_refusal_agreement].signed_by"

    @waiver
    Scenario: The Company's written waiver of FTTI's missing signature
      Given the "signed_by" of the "documents" record "right_of_first_refusal_agreement" is "COMPANY, INTEL, WEBB"
      And "COMPANY" waives "spa.4.2.g.ii" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.g.ii" is "waived"

  @spa_4_2_g_iii
  Rule: §4.2(g)(iii) The Voting Agreement duly executed by each Investor

    Scenario: Every Investor signed the Voting Agreement and the Company has received it
      When the deal is checked
      Then "spa.4.2.g.iii" is "met"
      And the reason for "spa.4.2.g.iii" mentions "Each Investor has executed the Voting Agreement (signed by: the Company, FTTI, Intel and Webb)"

    Scenario: Intel has not signed the Voting Agreement, which fails the item
      Given the "signed_by" of the "documents" record "voting_agreement" is "COMPANY, FTTI, WEBB"
      When the deal is checked
      Then "spa.4.2.g.iii" is "not met"
      And the working for "spa.4.2.g.iii" mentions "INTEL"
      And the reason for "spa.4.2.g.iii" mentions "Not every Investor has executed the Voting Agreement (signed by: the Company, FTTI and Webb)"

    Scenario: Without knowing whether the Company received the Voting Agreement, the item is unknown
      Given the "delivered_to" of the "documents" record "voting_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.2.g.iii" is "unknown"
      And "spa.4.2.g.iii" is missing "documents[voting_agreement].delivered_to"

    @waiver
    Scenario: The Company's written waiver of Intel's missing signature
      Given the "signed_by" of the "documents" record "voting_agreement" is "COMPANY, FTTI, WEBB"
      And "COMPANY" waives "spa.4.2.g.iii" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.g.iii" is "waived"

  @spa_4_2_g_iv
  Rule: §4.2(g)(iv) Such other documents as the Company or its counsel reasonably requests from each Investor

    Scenario: The Company asked Webb for a lock-up letter and received it
      Given the fact "company_requested_documents.reasonably_requested" for "WEBB" is "lock-up letter" as asserted by "COMPANY"
      And the fact "company_requested_documents.delivered" for "WEBB" is "lock-up letter"
      When the deal is checked
      Then "spa.4.2.g.iv" is "met"
      And the reason for "spa.4.2.g.iv" mentions "Each Investor has delivered to the Company the documents the Company or its counsel reasonably requested of it (requested: FTTI none, Intel none, Webb lock-up letter; delivered: FTTI none, Intel none, Webb lock-up letter)"

    Scenario: The Company asked Webb for a lock-up letter that Webb has not delivered
      Given the fact "company_requested_documents.reasonably_requested" for "WEBB" is "lock-up letter" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.g.iv" is "not met"
      And the working for "spa.4.2.g.iv" mentions "WEBB"
      And the reason for "spa.4.2.g.iv" mentions "Not every Investor has delivered to the Company the documents the Company or its counsel reasonably requested of it (requested: FTTI none, Intel none, Webb lock-up letter; delivered: FTTI none, Intel none, Webb none)"

    Scenario: When nobody has recorded what the Company requested from FTTI, the item is unknown
      Given the fact "company_requested_documents.reasonably_requested" for "FTTI" is unknown
      When the deal is checked
      Then "spa.4.2.g.iv" is "unknown"
      And "spa.4.2.g.iv" is missing "company_requested_documents.reasonably_requested[FTTI]"

    @waiver
    Scenario: The Company's written waiver of Webb's lock-up letter
      Given the fact "company_requested_documents.reasonably_requested" for "WEBB" is "lock-up letter" as asserted by "COMPANY"
      And "COMPANY" waives "spa.4.2.g.iv" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.g.iv" is "waived"

  @spa_4_2_h
  Rule: §4.2(h) The Company and FT have entered into a license agreement with a $3,000,000 purchase commitment

    @boundary
    Scenario: A purchase commitment of exactly $3,000,000 meets the Company's condition
      Given the fact "ft_license.purchase_commitment" is "$3,000,000.00"
      When the deal is checked
      Then "spa.4.2.h" is "met"
      And the reason for "spa.4.2.h" mentions "with a purchase commitment from FT of $3,000,000.00, at least the $3,000,000 required"

    @boundary @spa_4_1_w
    Scenario: A purchase commitment one cent under $3,000,000 fails the Company's and the Investors' conditions
      Given the fact "ft_license.purchase_commitment" is "$2,999,999.99"
      When the deal is checked
      Then "spa.4.2.h" is "not met"
      And "spa.4.1.w" is "not met" for every party
      And the working for "spa.4.2.h" mentions "$2,999,999.99"
      And the reason for "spa.4.2.h" mentions "The license agreement carries a purchase commitment from FT of $2,999,999.99, less than the $3,000,000 required"

    Scenario: A license agreement the Company has not signed fails the condition
      Given the "signed_by" of the "documents" record "ft_license_agreement" is "FT"
      When the deal is checked
      Then "spa.4.2.h" is "not met"
      And the reason for "spa.4.2.h" mentions "The license agreement has not been executed by both the Company and FT (signed by: FT)"

    Scenario: A license signed by both and delivered between the Company and FT before the Closing meets the Company's condition
      Given the "delivered_to" of the "documents" record "ft_license_agreement" is "COMPANY, FT"
      And the "delivered_on" of the "documents" record "ft_license_agreement" is "2003-03-17"
      When the deal is checked
      Then "spa.4.2.h" is "met"

    Scenario: A license FT has signed but not delivered to the Company has not been entered into
      Given the "delivered_to" of the "documents" record "ft_license_agreement" is "FT"
      When the deal is checked
      Then "spa.4.2.h" is "not met"
      And the working for "spa.4.2.h" mentions "documents[ft_license_agreement].delivered_to = [FT]"
      And the reason for "spa.4.2.h" mentions "has not been delivered between the Company and FT (delivered to: FT)"

    @boundary
    Scenario: A license delivered the day after the Closing Date fails the Company's condition although dated before it
      Given the "delivered_on" of the "documents" record "ft_license_agreement" is "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.2.h" is "not met"

    Scenario: Until it is known when the license was delivered, the Company's condition is unknown
      Given the "delivered_on" of the "documents" record "ft_license_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.2.h" is "unknown"
      And "spa.4.2.h" is missing "documents[ft_license_agreement].delivered_on"

    Scenario: Without the amount of FT's commitment, the Company's condition is unknown
      Given the fact "ft_license.purchase_commitment" is unknown
      When the deal is checked
      Then "spa.4.2.h" is "unknown"
      And "spa.4.2.h" is missing "ft_license.purchase_commitment"

    @waiver @spa_4_1_w
    Scenario: The Company's written waiver of a smaller commitment leaves each Investor's §4.1(w) in place
      Given the fact "ft_license.purchase_commitment" is "$2,500,000.00"
      And "COMPANY" waives "spa.4.2.h" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.h" is "waived"
      And "spa.4.1.w" is "not met" for every party

  @spa_4_2_i
  Rule: §4.2(i) FTTI has executed and delivered to the Company a waiver of price protection

    Scenario: FTTI's signed waiver delivered to the Company meets the Company's condition
      Given the document "ftti_price_protection_waiver" signed by "FTTI" and delivered to "COMPANY" dated "2003-03-18"
      When the deal is checked
      Then "spa.4.2.i" is "met"
      And the reason for "spa.4.2.i" mentions "FTTI executed and delivered to the Company on March 18, 2003, by the Closing Date (March 18, 2003), a waiver of all further price protection rights"

    Scenario: A price protection waiver that FTTI has not signed fails the Company's condition
      Given the "signed_by" of the "documents" record "ftti_price_protection_waiver" is ""
      When the deal is checked
      Then "spa.4.2.i" is "not met"
      And the reason for "spa.4.2.i" mentions "FTTI has not executed the waiver of price protection (signed by: none)"

    @boundary
    Scenario: FTTI's waiver delivered the day after the Closing Date fails the Company's condition
      Given the "delivered_on" of the "documents" record "ftti_price_protection_waiver" is "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.2.i" is "not met"
      And the reason for "spa.4.2.i" mentions "FTTI's waiver of price protection reached the Company on March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: A waiver the Company reads as covering all further price protection rights meets its condition
      Given the fact "ftti_price_protection_waiver.covers_all_further_rights" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.i" is "met"

    Scenario: A waiver that leaves some further price protection rights in place fails the Company's condition
      Given the fact "ftti_price_protection_waiver.covers_all_further_rights" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.2.i" is "not met"
      And the working for "spa.4.2.i" mentions "ftti_price_protection_waiver.covers_all_further_rights is false"

    Scenario: Until the scope of FTTI's waiver has been assessed, the Company's condition is unknown
      Given the fact "ftti_price_protection_waiver.covers_all_further_rights" is unknown
      When the deal is checked
      Then "spa.4.2.i" is "unknown"
      And "spa.4.2.i" is missing "ftti_price_protection_waiver.covers_all_further_rights"

    Scenario: Without the date of delivery, the Company's condition is unknown
      Given the "delivered_on" of the "documents" record "ftti_price_protection_waiver" is "unknown"
      When the deal is checked
      Then "spa.4.2.i" is "unknown"
      And "spa.4.2.i" is missing "documents[ftti_price_protection_waiver].delivered_on"

    @waiver @spa_4_1_t
    Scenario: The Company's written waiver of §4.2(i) leaves each Investor's §4.1(t) in place
      Given the "signed_by" of the "documents" record "ftti_price_protection_waiver" is ""
      And "COMPANY" waives "spa.4.2.i" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.2.i" is "waived"
      And "spa.4.1.t" is "not met" for every party
