@jabber_series_d
Feature: SPA §4.1(a)-(h): conditions to each Investor's obligation to close
  Section 4.1 of the Series D Preferred Stock Purchase Agreement makes "the obligation of each of the
  Investors" to close subject to conditions (a) to (w), "any of which may be waived with respect to an
  Investor in writing by that Investor". dealcheck therefore gives every §4.1 condition one result for
  each Investor: FTTI, INTEL and WEBB.

  Every scenario starts from the Closing as planned for March 18, 2003, at which every condition is met,
  and changes only what the scenario is about.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_a
  Rule: §4.1(a) The Company's representations are true and its covenants have been performed

    Scenario: True representations and performed covenants meet the condition for every Investor
      Given the fact "company_reps.true_at_closing" is "true" as asserted by "COMPANY"
      And the fact "company_covenants.performed_at_closing" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.a" is "met" for every party
      And the reason for "spa.4.1.a" for "FTTI" mentions "The Company's representations and warranties were true and correct when made and are true and correct as of the Closing Date (March 18, 2003)"

    Scenario: A representation that is no longer true at the Closing fails the condition for every Investor
      Given the fact "company_reps.true_at_closing" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.a" is "not met" for every party
      And the working for "spa.4.1.a" for "FTTI" mentions "company_reps.true_at_closing is false"
      And the reason for "spa.4.1.a" for "FTTI" mentions "A representation or warranty of the Company is not true and correct on and as of the Closing Date (March 18, 2003)"

    Scenario: A covenant the Company has not performed fails the condition although every representation is true
      Given the fact "company_covenants.performed_at_closing" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.a" is "not met" for every party
      And the working for "spa.4.1.a" for "WEBB" mentions "company_covenants.performed_at_closing is false"
      And the reason for "spa.4.1.a" for "WEBB" mentions "The Company has not performed or complied with every agreement, covenant, condition and provision of the Agreement required of it at or prior to the Closing Date (March 18, 2003)"

    Scenario: Until someone states whether the covenants were performed, the condition is unknown
      Given the fact "company_covenants.performed_at_closing" is unknown
      When the deal is checked
      Then "spa.4.1.a" is "unknown" for every party
      And "spa.4.1.a" for "INTEL" is missing "company_covenants.performed_at_closing"

    Scenario: A representation untrue when made decides the condition even while another fact is unknown
      Given the fact "company_reps.true_when_made" is "false" as asserted by "COMPANY"
      And the fact "company_covenants.performed_at_closing" is unknown
      When the deal is checked
      Then "spa.4.1.a" is "not met" for every party
      And the reason for "spa.4.1.a" for "INTEL" mentions "A representation or warranty of the Company was not true and correct when made"

    @waiver
    Scenario: FTTI's written waiver of an untrue representation releases FTTI alone
      Given the fact "company_reps.true_when_made" is "false" as asserted by "COMPANY"
      And "FTTI" waives "spa.4.1.a" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.a" is "waived" for "FTTI"
      And "spa.4.1.a" is "not met" for "INTEL"
      And "spa.4.1.a" is "not met" for "WEBB"

  @spa_4_1_b
  Rule: §4.1(b) The sale of the Shares is legally permitted on the Closing Date

    Scenario: Counsel's confirmation that the sale is lawful meets the condition for every Investor
      Given the fact "legal_investment.permitted_at_closing" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.b" is "met" for every party
      And the reason for "spa.4.1.b" for "FTTI" mentions "On the Closing Date (March 18, 2003) the sale and issuance of the Shares and the proposed issuance of the Conversion Shares are legally permitted"

    @spa_4_2_c
    Scenario: A sale the law does not permit fails the Investors' condition and the Company's identical condition
      Given the fact "legal_investment.permitted_at_closing" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.b" is "not met" for every party
      And "spa.4.2.c" is "not met"
      And the reason for "spa.4.1.b" for "WEBB" mentions "the proposed issuance of the Conversion Shares, is not legally permitted by every law and regulation"
      And the reason for "spa.4.2.c" mentions "On the Closing Date (March 18, 2003) the sale and issuance of the Shares, or the proposed issuance of the Conversion Shares, is not legally permitted"

    Scenario: Without a view on whether the sale is lawful, the condition is unknown
      Given the fact "legal_investment.permitted_at_closing" is unknown
      When the deal is checked
      Then "spa.4.1.b" is "unknown" for every party
      And "spa.4.1.b" for "WEBB" is missing "legal_investment.permitted_at_closing"

    @waiver @spa_4_2_c
    Scenario: Webb's waiver of §4.1(b) releases Webb alone and leaves the Company's own condition §4.2(c) in place
      Given the fact "legal_investment.permitted_at_closing" is "false" as asserted by "COMPANY"
      And "WEBB" waives "spa.4.1.b" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.b" is "waived" for "WEBB"
      And "spa.4.1.b" is "not met" for "FTTI"
      And "spa.4.1.b" is "not met" for "INTEL"
      And "spa.4.2.c" is "not met"

  @spa_4_1_c
  Rule: §4.1(c) The offer and sale are exempt from, or registered under, federal and state securities laws

    Scenario: A pending California notice filing with a $300 fee is sheltered by the proviso
      When the deal is checked
      Then "spa.4.1.c" is "met" for every party
      And the reason for "spa.4.1.c" for "FTTI" mentions "exempt or qualified under the blue sky laws of each state whose laws apply (California and Colorado)"
      And the reason for "spa.4.1.c" for "FTTI" mentions "the one blue sky notice filing still pending has a fee of $300.00, less than $500, so the proviso excuses it"

    Scenario: When no state's blue sky laws apply, the federal exemption is enough
      Given there is no "blue_sky_filings" record "California"
      And there is no "blue_sky_filings" record "Colorado"
      When the deal is checked
      Then "spa.4.1.c" is "met" for every party
      And the reason for "spa.4.1.c" for "INTEL" mentions "exempt from registration under the Securities Act (or registered), and no state's blue sky laws apply"

    @boundary
    Scenario: A notice fee of $499.99, one cent under $500, is sheltered by the proviso
      Given the "notice_fee" of the "blue_sky_filings" record "California" is "$499.99"
      When the deal is checked
      Then "spa.4.1.c" is "met" for every party
      And the working for "spa.4.1.c" for "FTTI" mentions "s.notice_fee < $500"
      And the reason for "spa.4.1.c" for "FTTI" mentions "has a fee of $499.99, less than $500"

    @boundary
    Scenario: A notice fee of exactly $500 is not "less than $500" and fails the condition
      Given the "notice_fee" of the "blue_sky_filings" record "California" is "$500.00"
      When the deal is checked
      Then "spa.4.1.c" is "not met" for every party
      And the working for "spa.4.1.c" for "INTEL" mentions "California"
      And the working for "spa.4.1.c" for "INTEL" mentions "$500.00"
      And the reason for "spa.4.1.c" for "INTEL" mentions "A blue sky notice filing is still pending with a fee of $500.00; the proviso excuses only a notice filing and fee of less than $500"

    Scenario: A notice filing of $750 still pending in Colorado fails the condition although Colorado is otherwise exempt
      Given the "notice_filing_pending" of the "blue_sky_filings" record "Colorado" is "true"
      And the "notice_fee" of the "blue_sky_filings" record "Colorado" is "$750.00"
      When the deal is checked
      Then "spa.4.1.c" is "not met" for every party
      And the working for "spa.4.1.c" for "FTTI" mentions "Colorado"
      And the working for "spa.4.1.c" for "FTTI" mentions "$750.00"
      And the reason for "spa.4.1.c" for "FTTI" mentions "still pending with a fee of $750.00"

    Scenario: The proviso shelters only the notice filing, not an offering neither exempt from nor qualified under California law
      Given the "exempt_or_qualified" of the "blue_sky_filings" record "California" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.c" is "not met" for every party
      And the working for "spa.4.1.c" for "WEBB" mentions "California"
      And the reason for "spa.4.1.c" for "WEBB" mentions "neither exempt from nor registered or qualified under the blue sky laws of 1 of the states whose laws apply (California and Colorado); a notice filing does not make up for that"

    Scenario: An exempt state with no notice filing outstanding meets the condition whatever the fee would have been
      Given the "notice_filing_pending" of the "blue_sky_filings" record "California" is "false"
      And the "notice_fee" of the "blue_sky_filings" record "California" is "$750.00"
      When the deal is checked
      Then "spa.4.1.c" is "met" for every party
      And the reason for "spa.4.1.c" for "WEBB" mentions "with no notice filing pending"

    Scenario: Whether Colorado's $750 notice filing is still pending decides the condition, so until then it is unknown
      Given the "notice_filing_pending" of the "blue_sky_filings" record "Colorado" is "unknown"
      And the "notice_fee" of the "blue_sky_filings" record "Colorado" is "$750.00"
      When the deal is checked
      Then "spa.4.1.c" is "unknown" for every party
      And "spa.4.1.c" for "INTEL" is missing "blue_sky_filings[Colorado].notice_filing_pending"

    Scenario: An offering that is neither exempt nor registered under the Securities Act fails the condition
      Given the fact "securities_laws.federal_exempt_or_registered" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.c" is "not met" for every party
      And the reason for "spa.4.1.c" for "FTTI" mentions "are not exempt from registration under the Securities Act, and the Company has not made or obtained every federal registration"

    Scenario: A state notice filing whose fee is not known leaves the condition unknown
      Given the "notice_fee" of the "blue_sky_filings" record "California" is "unknown"
      When the deal is checked
      Then "spa.4.1.c" is "unknown" for every party
      And "spa.4.1.c" for "FTTI" is missing "blue_sky_filings[California].notice_fee"

    Scenario: Without counsel's view on the federal exemption, the condition is unknown
      Given the fact "securities_laws.federal_exempt_or_registered" is unknown
      When the deal is checked
      Then "spa.4.1.c" is "unknown" for every party
      And "spa.4.1.c" for "WEBB" is missing "securities_laws.federal_exempt_or_registered"

    @waiver
    Scenario: Intel's written waiver of a $500 notice filing releases Intel alone
      Given the "notice_fee" of the "blue_sky_filings" record "California" is "$500.00"
      And "INTEL" waives "spa.4.1.c" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.c" is "waived" for "INTEL"
      And "spa.4.1.c" is "not met" for "FTTI"
      And "spa.4.1.c" is "not met" for "WEBB"

  @spa_4_1_d
  Rule: §4.1(d) The Company and the Investors have made the required filings and obtained the necessary consents

    Scenario: Filings made and necessary consents obtained meet the condition
      Given the fact "filings.required_pre_closing_made" is "true" as asserted by "COMPANY"
      And the fact "consents.necessary_obtained" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.d" is "met" for every party
      And the reason for "spa.4.1.d" for "FTTI" mentions "have made every filing with a Governmental Authority required before the Closing, and every consent, permit and waiver necessary"

    @spa_4_2_e
    Scenario: A filing not made before the Closing fails both the Investors' and the Company's condition
      Given the fact "filings.required_pre_closing_made" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.d" is "not met" for every party
      And "spa.4.2.e" is "not met"
      And the reason for "spa.4.1.d" for "INTEL" mentions "A filing with a Governmental Authority that the Company or the Investors had to make before the Closing has not been made"
      And the reason for "spa.4.2.e" mentions "A filing with a Governmental Authority that the Company or the Investors had to make before the Closing has not been made"

    Scenario: A necessary consent not yet obtained fails the condition
      Given the fact "consents.necessary_obtained" is "false" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.d" is "not met" for every party
      And the reason for "spa.4.1.d" for "WEBB" mentions "A consent, permit or waiver necessary for the issuance and sale of the Shares and the Conversion Shares"

    Scenario: Without a view on the necessary consents, the condition is unknown
      Given the fact "consents.necessary_obtained" is unknown
      When the deal is checked
      Then "spa.4.1.d" is "unknown" for every party
      And "spa.4.1.d" for "FTTI" is missing "consents.necessary_obtained"

    @waiver
    Scenario: FTTI's written waiver of a missing consent releases FTTI alone
      Given the fact "consents.necessary_obtained" is "false" as asserted by "COMPANY"
      And "FTTI" waives "spa.4.1.d" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.d" is "waived" for "FTTI"
      And "spa.4.1.d" is "not met" for "INTEL"
      And "spa.4.1.d" is "not met" for "WEBB"

  @spa_4_1_e
  Rule: §4.1(e) No action has been asserted, instituted or threatened to restrain the transactions

    Scenario: With no action pending or threatened the condition is met
      Given the fact "proceedings.action_to_restrain_transactions" is "false"
      When the deal is checked
      Then "spa.4.1.e" is "met" for every party
      And the reason for "spa.4.1.e" for "FTTI" mentions "No action, suit or proceeding by or before a Governmental Authority has been asserted, instituted or threatened"

    @spa_4_2_f
    Scenario: A threatened action to restrain the financing fails the Investors' and the Company's condition
      Given the fact "proceedings.action_to_restrain_transactions" is "true"
      When the deal is checked
      Then "spa.4.1.e" is "not met" for every party
      And "spa.4.2.f" is "not met"
      And the reason for "spa.4.1.e" for "WEBB" mentions "An action, suit or proceeding by or before a Governmental Authority has been asserted, instituted or threatened to restrain, prohibit or invalidate the transactions"
      And the reason for "spa.4.2.f" mentions "has been asserted, instituted or threatened to restrain, prohibit or invalidate the transactions"

    Scenario: When nobody has said whether any action is threatened, the condition is unknown
      Given the fact "proceedings.action_to_restrain_transactions" is unknown
      When the deal is checked
      Then "spa.4.1.e" is "unknown" for every party
      And "spa.4.1.e" for "INTEL" is missing "proceedings.action_to_restrain_transactions"

    @waiver
    Scenario: Intel's written waiver of a threatened action releases Intel alone
      Given the fact "proceedings.action_to_restrain_transactions" is "true"
      And "INTEL" waives "spa.4.1.e" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.e" is "waived" for "INTEL"
      And "spa.4.1.e" is "not met" for "FTTI"
      And "spa.4.1.e" is "not met" for "WEBB"

  @spa_4_1_f
  Rule: §4.1(f) The Conversion Shares are duly authorized and reserved

    @boundary
    Scenario: Exactly as many shares reserved as are initially issuable meets the condition
      Given the fact "conversion_shares.initially_issuable" is "44,483,362"
      And the fact "conversion_shares.reserved" is "44,483,362"
      When the deal is checked
      Then "spa.4.1.f" is "met" for every party
      And the reason for "spa.4.1.f" for "FTTI" mentions "44,483,362 shares of Common Stock are duly authorized and reserved for issuance on conversion, at least the 44,483,362 initially issuable"

    @boundary
    Scenario: One share fewer reserved than initially issuable fails the condition
      Given the fact "conversion_shares.reserved" is "44,483,361"
      When the deal is checked
      Then "spa.4.1.f" is "not met" for every party
      And the working for "spa.4.1.f" for "FTTI" mentions "44,483,361"
      And the reason for "spa.4.1.f" for "FTTI" mentions "Only 44,483,361 shares of Common Stock are reserved for conversion, 1 fewer than the 44,483,362 initially issuable"

    Scenario: Shares reserved but not duly authorized fail the condition
      Given the fact "conversion_shares.duly_authorized" is "false"
      When the deal is checked
      Then "spa.4.1.f" is "not met" for every party
      And the reason for "spa.4.1.f" for "INTEL" mentions "have not been duly authorized"

    Scenario: Without the number of shares initially issuable the condition is unknown
      Given the fact "conversion_shares.initially_issuable" is unknown
      When the deal is checked
      Then "spa.4.1.f" is "unknown" for every party
      And "spa.4.1.f" for "WEBB" is missing "conversion_shares.initially_issuable"

    @waiver
    Scenario: Webb's written waiver of a short reservation releases Webb alone
      Given the fact "conversion_shares.reserved" is "44,000,000"
      And "WEBB" waives "spa.4.1.f" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.f" is "waived" for "WEBB"
      And "spa.4.1.f" is "not met" for "FTTI"
      And "spa.4.1.f" is "not met" for "INTEL"

  @spa_4_1_g
  Rule: §4.1(g) The Company has delivered the corporate documents each Investor reasonably requested

    Scenario: Intel received both documents it asked for, and the others asked for none
      When the deal is checked
      Then "spa.4.1.g" is "met" for every party
      And the reason for "spa.4.1.g" for "INTEL" mentions "Intel or its counsel has received copies of the corporate documents it reasonably requested: minute book and stock ledger"
      And the reason for "spa.4.1.g" for "FTTI" mentions "FTTI has requested no corporate documents of the Company"

    Scenario: Intel received the minute book but not the stock ledger, so the condition fails for Intel only
      Given the fact "corporate_documents.delivered" for "INTEL" is "minute book"
      When the deal is checked
      Then "spa.4.1.g" is "not met" for "INTEL"
      And "spa.4.1.g" is "met" for "FTTI"
      And "spa.4.1.g" is "met" for "WEBB"
      And the working for "spa.4.1.g" for "INTEL" mentions "stock ledger"
      And the reason for "spa.4.1.g" for "INTEL" mentions "Intel or its counsel has not received a copy of every corporate document it reasonably requested (requested: minute book and stock ledger; delivered: minute book)"

    Scenario: A document FTTI requested is judged against FTTI's own deliveries
      Given the fact "corporate_documents.reasonably_requested" for "FTTI" is "bylaws" as asserted by "FTTI"
      When the deal is checked
      Then "spa.4.1.g" is "not met" for "FTTI"
      And "spa.4.1.g" is "met" for "INTEL"
      And the reason for "spa.4.1.g" for "FTTI" mentions "(requested: bylaws; delivered: none)"

    Scenario: When nobody has recorded what reached Intel, Intel's condition is unknown
      Given the fact "corporate_documents.delivered" for "INTEL" is unknown
      When the deal is checked
      Then "spa.4.1.g" is "unknown" for "INTEL"
      And "spa.4.1.g" is "met" for "FTTI"
      And "spa.4.1.g" for "INTEL" is missing "corporate_documents.delivered[INTEL]"

    @waiver
    Scenario: Intel's written waiver of the stock ledger releases Intel's condition
      Given the fact "corporate_documents.delivered" for "INTEL" is "minute book"
      And "INTEL" waives "spa.4.1.g" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.g" is "waived" for "INTEL"
      And "spa.4.1.g" is "met" for "FTTI"

  @spa_4_1_h
  Rule: §4.1(h) The Restated Certificate is adopted, filed in Delaware and in full force and effect

    @boundary
    Scenario: A Restated Certificate filed on the Closing Date meets the condition
      Given the fact "restated_certificate.filed_on" is "2003-03-18"
      When the deal is checked
      Then "spa.4.1.h" is "met" for every party
      And the reason for "spa.4.1.h" for "FTTI" mentions "filed it with the Delaware Secretary of State on March 18, 2003, by the Closing Date (March 18, 2003), and it is in full force and effect"

    @boundary
    Scenario: A Restated Certificate filed the day after the Closing Date fails the condition
      Given the fact "restated_certificate.filed_on" is "2003-03-19"
      When the deal is checked
      Then "spa.4.1.h" is "not met" for every party
      And the working for "spa.4.1.h" for "FTTI" mentions "2003-03-19"
      And the reason for "spa.4.1.h" for "FTTI" mentions "The Restated Certificate was filed with the Delaware Secretary of State on March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: A Restated Certificate filed but not in full force and effect fails the condition
      Given the fact "restated_certificate.in_full_force_and_effect" is "false"
      When the deal is checked
      Then "spa.4.1.h" is "not met" for every party
      And the reason for "spa.4.1.h" for "WEBB" mentions "The Restated Certificate is not in full force and effect"

    Scenario: Without the filing date the condition is unknown
      Given the fact "restated_certificate.filed_on" is unknown
      When the deal is checked
      Then "spa.4.1.h" is "unknown" for every party
      And "spa.4.1.h" for "FTTI" is missing "restated_certificate.filed_on"

    @waiver
    Scenario: FTTI's written waiver of a late filing releases FTTI alone
      Given the fact "restated_certificate.filed_on" is "2003-03-19"
      And "FTTI" waives "spa.4.1.h" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.h" is "waived" for "FTTI"
      And "spa.4.1.h" is "not met" for "INTEL"
      And "spa.4.1.h" is "not met" for "WEBB"
