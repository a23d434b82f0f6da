@jabber_series_d
Feature: SPA §4.1(q): the Company's delivery of documents to the Investors
  "The Company shall have executed and delivered to the Investors the following documents on or prior
  to the Closing Date": items (i) to (vii). §4.1(q) as a whole (spa.4.1.q) is met when every item is met
  or waived for that Investor. An Investor may waive a single item, or all of §4.1(q), for itself.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_q
  Rule: §4.1(q) as a whole: every item (i) to (vii) delivered to the Investor

    Scenario: With every item delivered, §4.1(q) is met for every Investor
      When the deal is checked
      Then "spa.4.1.q" is "met" for every party
      And the reason for "spa.4.1.q" for "FTTI" mentions "Every item of §4.1(q)(i) to (vii) is met for FTTI, waived as to FTTI in writing, or not applicable"

    @spa_4_1_q_v
    Scenario: An officers' certificate signed by the chief executive officer alone fails item (v) and so §4.1(q)
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "chief executive officer"
      When the deal is checked
      Then "spa.4.1.q.v" is "not met" for every party
      And "spa.4.1.q" is "not met" for every party
      And the working for "spa.4.1.q" for "FTTI" mentions "4.1(q)(v)"
      And the reason for "spa.4.1.q" for "WEBB" mentions "Not every item of §4.1(q)(i) to (vii) is met for Webb, waived as to Webb in writing, or not applicable"
      And the reason for "spa.4.1.q.v" for "FTTI" mentions "The officers' certificate is not executed by both the chief executive officer and the chief financial officer (executed by: chief executive officer)"

    @spa_4_1_q_v
    Scenario: When one item is unknown, §4.1(q) is unknown and names the fact it lacks
      Given the fact "officers_certificate.certifies_section_4_1_a" is unknown
      When the deal is checked
      Then "spa.4.1.q.v" is "unknown" for every party
      And "spa.4.1.q" is "unknown" for every party
      And "spa.4.1.q" for "FTTI" is missing "officers_certificate.certifies_section_4_1_a"

    @spa_4_1_q_v
    Scenario: One item not met decides §4.1(q) even while another item is unknown
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "chief executive officer"
      And the fact "secretary_certificate.copies_complete_and_correct" is unknown
      When the deal is checked
      Then "spa.4.1.q" is "not met" for every party

    @waiver @spa_4_1_q_v @spa_4_1_lead
    Scenario: Intel's written waiver of all of §4.1(q) covers a missing officers' signature for Intel only
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "chief executive officer"
      And "INTEL" waives "spa.4.1.q" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q" is "waived" for "INTEL"
      And "spa.4.1.q" is "not met" for "FTTI"
      And "spa.4.1.q.v" is "not met" for "INTEL"
      And "spa.4.1.lead" is "met" for "INTEL"
      And "spa.4.1.lead" is "not met" for "FTTI"
      And the reason for "spa.4.1.lead" for "INTEL" mentions "Every condition of §4.1 to Intel's obligation to close is met, waived as to Intel in writing, or not applicable"
      And the reason for "spa.4.1.lead" for "FTTI" mentions "Not every condition of §4.1 to FTTI's obligation to close is met, waived as to FTTI in writing, or not applicable"

    @waiver @spa_4_1_q_v
    Scenario: Intel's written waiver of item (v) alone lets §4.1(q) be met for Intel
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "chief executive officer"
      And "INTEL" waives "spa.4.1.q.v" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.v" is "waived" for "INTEL"
      And "spa.4.1.q" is "met" for "INTEL"
      And "spa.4.1.q" is "not met" for "WEBB"

  @spa_4_1_q_i
  Rule: §4.1(q)(i) Certificates representing the Shares each Investor buys

    Scenario: Certificates for exactly the Shares each Investor bought, delivered on the Closing Date
      Given the "shares" of the "share_certificates" record "INTEL" is "10,507,880"
      And the "shares" of the "investments" record "INTEL" is "10,507,880"
      When the deal is checked
      Then "spa.4.1.q.i" is "met" for every party
      And the reason for "spa.4.1.q.i" for "INTEL" mentions "The Company delivered to Intel on March 18, 2003, by the Closing Date (March 18, 2003), certificates for the 10,507,880 Shares it buys at the Closing"

    Scenario: Certificates for one Share fewer than Intel bought fail the item for Intel only
      Given the "shares" of the "share_certificates" record "INTEL" is "10,507,879"
      When the deal is checked
      Then "spa.4.1.q.i" is "not met" for "INTEL"
      And "spa.4.1.q.i" is "met" for "FTTI"
      And "spa.4.1.q.i" is "met" for "WEBB"
      And the working for "spa.4.1.q.i" for "INTEL" mentions "10,507,879"
      And the reason for "spa.4.1.q.i" for "INTEL" mentions "The certificates delivered to Intel represent 10,507,879 Shares, not the 10,507,880 Shares it buys at the Closing"

    @boundary
    Scenario: Certificates delivered to Webb the day after the Closing Date fail the item for Webb
      Given the "delivered_on" of the "share_certificates" record "WEBB" is "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.1.q.i" is "not met" for "WEBB"
      And "spa.4.1.q.i" is "met" for "FTTI"
      And the reason for "spa.4.1.q.i" for "WEBB" mentions "The certificates for Webb's Shares were delivered on March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: Without the number of Shares Webb bought, Webb's item is unknown
      Given the "shares" of the "investments" record "WEBB" is "unknown"
      When the deal is checked
      Then "spa.4.1.q.i" is "unknown" for "WEBB"
      And "spa.4.1.q.i" is "met" for "INTEL"
      And "spa.4.1.q.i" for "WEBB" is missing "investments[WEBB].shares"

    @waiver
    Scenario: Intel's written waiver of a short certificate releases Intel's item
      Given the "shares" of the "share_certificates" record "INTEL" is "10,507,879"
      And "INTEL" waives "spa.4.1.q.i" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.i" is "waived" for "INTEL"

  @spa_4_1_q_ii
  Rule: §4.1(q)(ii) The Investors Rights Agreement duly executed by the Company

    Scenario: The Investors Rights Agreement signed by the Company and delivered to each Investor
      Given the document "investors_rights_agreement" signed by "COMPANY, FTTI, INTEL, WEBB" and delivered to "COMPANY, FTTI, INTEL, WEBB" dated "2003-03-17"
      When the deal is checked
      Then "spa.4.1.q.ii" is "met" for every party
      And the reason for "spa.4.1.q.ii" for "FTTI" mentions "The Company has executed the Investors Rights Agreement and delivered it to FTTI on March 18, 2003, by the Closing Date (March 18, 2003)"

    @spa_4_2_g_i
    Scenario: An Investors Rights Agreement the Company has not signed fails the item for every Investor
      Given the "signed_by" of the "documents" record "investors_rights_agreement" is "FTTI, INTEL, WEBB"
      When the deal is checked
      Then "spa.4.1.q.ii" is "not met" for every party
      And "spa.4.2.g.i" is "met"
      And the reason for "spa.4.1.q.ii" for "INTEL" mentions "The Company has not executed the Investors Rights Agreement (signed by: FTTI, Intel and Webb)"
      And the reason for "spa.4.2.g.i" mentions "Each Investor has executed the Investors Rights Agreement (signed by: FTTI, Intel and Webb)"

    Scenario: An Investors Rights Agreement not delivered to Webb fails the item for Webb only
      Given the "delivered_to" of the "documents" record "investors_rights_agreement" is "COMPANY, FTTI, INTEL"
      When the deal is checked
      Then "spa.4.1.q.ii" is "not met" for "WEBB"
      And "spa.4.1.q.ii" is "met" for "FTTI"
      And the reason for "spa.4.1.q.ii" for "WEBB" mentions "Webb has not received the Investors Rights Agreement executed by the Company (delivered to: the Company, FTTI and Intel)"

    Scenario: Without the date of delivery, the item is unknown
      Given the "delivered_on" of the "documents" record "investors_rights_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.1.q.ii" is "unknown" for every party
      And "spa.4.1.q.ii" for "FTTI" is missing "documents[investors_rights_agreement].delivered_on"

    @waiver
    Scenario: Webb's written waiver of its undelivered counterpart releases Webb's item
      Given the "delivered_to" of the "documents" record "investors_rights_agreement" is "COMPANY, FTTI, INTEL"
      And "WEBB" waives "spa.4.1.q.ii" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.ii" is "waived" for "WEBB"

  @spa_4_1_q_iii
  Rule: §4.1(q)(iii) The Right of First Refusal Agreement duly executed by the Company

    Scenario: The Right of First Refusal Agreement signed by the Company and delivered to each Investor
      When the deal is checked
      Then "spa.4.1.q.iii" is "met" for every party
      And the reason for "spa.4.1.q.iii" for "WEBB" mentions "The Company has executed the Right of First Refusal Agreement and delivered it to Webb on March 18, 2003"

    Scenario: A Right of First Refusal Agreement the Company has not signed fails the item
      Given the "signed_by" of the "documents" record "right_of_first_refusal_agreement" is "FTTI, INTEL, WEBB"
      When the deal is checked
      Then "spa.4.1.q.iii" is "not met" for every party
      And the reason for "spa.4.1.q.iii" for "FTTI" mentions "The Company has not executed the Right of First Refusal Agreement (signed by: FTTI, Intel and Webb)"

    @boundary
    Scenario: A Right of First Refusal Agreement delivered the day after the Closing Date fails the item
      Given the "delivered_on" of the "documents" record "right_of_first_refusal_agreement" is "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.1.q.iii" is "not met" for every party
      And the reason for "spa.4.1.q.iii" for "INTEL" mentions "The Right of First Refusal Agreement reached Intel on March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: Without the list of those who signed the Right of First Refusal Agreement, the item is unknown
      Given the "signed_by" of the "documents" record "right_of_first_refusal_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.1.q.iii" is "unknown" for every party
      And "spa.4.1.q.iii" for "INTEL" is missing "documents[right_of_first_refusal_agreement].signed_by"

    @waiver
    Scenario: FTTI's written waiver of the unsigned agreement releases FTTI alone
      Given the "signed_by" of the "documents" record "right_of_first_refusal_agreement" is "FTTI, INTEL, WEBB"
      And "FTTI" waives "spa.4.1.q.iii" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.iii" is "waived" for "FTTI"
      And "spa.4.1.q.iii" is "not met" for "INTEL"

  @spa_4_1_q_iv
  Rule: §4.1(q)(iv) The Voting Agreement duly executed by the Company

    Scenario: The Voting Agreement signed by the Company and delivered to each Investor
      When the deal is checked
      Then "spa.4.1.q.iv" is "met" for every party
      And the reason for "spa.4.1.q.iv" for "INTEL" mentions "The Company has executed the Voting Agreement and delivered it to Intel on March 18, 2003, by the Closing Date (March 18, 2003)"

    Scenario: A Voting Agreement not delivered to Intel fails the item for Intel only
      Given the "delivered_to" of the "documents" record "voting_agreement" is "COMPANY, FTTI, WEBB"
      When the deal is checked
      Then "spa.4.1.q.iv" is "not met" for "INTEL"
      And "spa.4.1.q.iv" is "met" for "WEBB"
      And the reason for "spa.4.1.q.iv" for "INTEL" mentions "Intel has not received the Voting Agreement executed by the Company (delivered to: the Company, FTTI and Webb)"

    Scenario: Without the list of those who received the Voting Agreement, the item is unknown
      Given the "delivered_to" of the "documents" record "voting_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.1.q.iv" is "unknown" for every party
      And "spa.4.1.q.iv" for "WEBB" is missing "documents[voting_agreement].delivered_to"

    @waiver
    Scenario: Intel's written waiver of its undelivered Voting Agreement releases Intel's item
      Given the "delivered_to" of the "documents" record "voting_agreement" is "COMPANY, FTTI, WEBB"
      And "INTEL" waives "spa.4.1.q.iv" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.iv" is "waived" for "INTEL"

  @spa_4_1_q_v
  Rule: §4.1(q)(v) The officers' certificate, signed by the CEO and the CFO, dated the Closing Date, certifying §4.1(a)

    Scenario: A certificate signed by both officers, dated the Closing Date and certifying §4.1(a)
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "chief executive officer, chief financial officer"
      And the "dated" of the "documents" record "officers_certificate" is "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.v" is "met" for every party
      And the reason for "spa.4.1.q.v" for "FTTI" mentions "the certificate of the chief executive officer and the chief financial officer dated the Closing Date (March 18, 2003), certifying that the Company has satisfied each condition of §4.1(a)"

    @boundary
    Scenario: An officers' certificate dated the day before the Closing Date fails the item
      Given the "dated" of the "documents" record "officers_certificate" is "2003-03-17"
      When the deal is checked
      Then "spa.4.1.q.v" is "not met" for every party
      And the working for "spa.4.1.q.v" for "FTTI" mentions "2003-03-17"
      And the reason for "spa.4.1.q.v" for "FTTI" mentions "The officers' certificate is dated March 17, 2003, not the Closing Date (March 18, 2003)"

    Scenario: A certificate that does not certify the §4.1(a) conditions fails the item
      Given the fact "officers_certificate.certifies_section_4_1_a" is "false"
      When the deal is checked
      Then "spa.4.1.q.v" is "not met" for every party
      And the reason for "spa.4.1.q.v" for "INTEL" mentions "The officers' certificate does not certify that the Company has satisfied each condition of §4.1(a)"

    Scenario: Until someone says whether the certificate certifies §4.1(a), the item is unknown
      Given the fact "officers_certificate.certifies_section_4_1_a" is unknown
      When the deal is checked
      Then "spa.4.1.q.v" is "unknown" for every party
      And "spa.4.1.q.v" for "WEBB" is missing "officers_certificate.certifies_section_4_1_a"

    @waiver
    Scenario: FTTI's written waiver of the chief financial officer's signature releases FTTI alone
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "chief executive officer"
      And "FTTI" waives "spa.4.1.q.v" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.v" is "waived" for "FTTI"
      And "spa.4.1.q.v" is "not met" for "WEBB"

  @spa_4_1_q_vi
  Rule: §4.1(q)(vi) The Secretary's certificate attaching the resolutions, the certified Restated Certificate and the Bylaws

    Scenario: A certificate signed by an Assistant Secretary is as good as one signed by the Secretary
      Given the "executed_by_officers" of the "documents" record "secretary_certificate" is "assistant secretary"
      When the deal is checked
      Then "spa.4.1.q.vi" is "met" for every party
      And the reason for "spa.4.1.q.vi" for "FTTI" mentions "the certificate of the Company's assistant secretary attaching complete and correct copies of the resolutions"

    Scenario: A certificate signed by the chief financial officer instead of the Secretary fails the item
      Given the "executed_by_officers" of the "documents" record "secretary_certificate" is "chief financial officer"
      When the deal is checked
      Then "spa.4.1.q.vi" is "not met" for every party
      And the reason for "spa.4.1.q.vi" for "WEBB" mentions "The certificate of §4.1(q)(vi) is not signed by the Secretary or an Assistant Secretary of the Company (executed by: chief financial officer)"

    Scenario: A certificate that does not attach the Bylaws fails the item
      Given the fact "secretary_certificate.attaches_bylaws" is "false"
      When the deal is checked
      Then "spa.4.1.q.vi" is "not met" for every party
      And the working for "spa.4.1.q.vi" for "FTTI" mentions "secretary_certificate.attaches_bylaws"
      And the reason for "spa.4.1.q.vi" for "FTTI" mentions "The Secretary's certificate does not attach the Bylaws with all amendments"

    Scenario: Until the Secretary confirms the copies are complete and correct, the item is unknown
      Given the fact "secretary_certificate.copies_complete_and_correct" is unknown
      When the deal is checked
      Then "spa.4.1.q.vi" is "unknown" for every party
      And "spa.4.1.q.vi" for "INTEL" is missing "secretary_certificate.copies_complete_and_correct"

    @waiver
    Scenario: Webb's written waiver of the missing Bylaws releases Webb alone
      Given the fact "secretary_certificate.attaches_bylaws" is "false"
      And "WEBB" waives "spa.4.1.q.vi" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.vi" is "waived" for "WEBB"
      And "spa.4.1.q.vi" is "not met" for "FTTI"

  @spa_4_1_q_vii
  Rule: §4.1(q)(vii) Such other documents as each Investor or its counsel reasonably requests

    Scenario: Intel asked for a capitalization table and received it
      Given the fact "closing_documents.reasonably_requested" for "INTEL" is "capitalization table" as asserted by "INTEL"
      And the fact "closing_documents.delivered" for "INTEL" is "capitalization table"
      When the deal is checked
      Then "spa.4.1.q.vii" is "met" for every party
      And the reason for "spa.4.1.q.vii" for "INTEL" mentions "and the other documents it reasonably requested: capitalization table"
      And the reason for "spa.4.1.q.vii" for "FTTI" mentions "FTTI received the license agreement between the Company and FT and FTTI's waiver of price protection, documents referred to in §4.1, by the Closing Date (March 18, 2003), and requested no other documents"

    Scenario: Intel asked for a capitalization table that has not been delivered, which fails Intel's item only
      Given the fact "closing_documents.reasonably_requested" for "INTEL" is "capitalization table" as asserted by "INTEL"
      When the deal is checked
      Then "spa.4.1.q.vii" is "not met" for "INTEL"
      And "spa.4.1.q.vii" is "met" for "FTTI"
      And the working for "spa.4.1.q.vii" for "INTEL" mentions "capitalization table"
      And the reason for "spa.4.1.q.vii" for "INTEL" mentions "Intel has not received every other document it or its counsel reasonably requested (requested: capitalization table; received: none)"

    Scenario: When nobody has recorded what FTTI requested, FTTI's item is unknown
      Given the fact "closing_documents.reasonably_requested" for "FTTI" is unknown
      When the deal is checked
      Then "spa.4.1.q.vii" is "unknown" for "FTTI"
      And "spa.4.1.q.vii" is "met" for "INTEL"
      And "spa.4.1.q.vii" for "FTTI" is missing "closing_documents.reasonably_requested[FTTI]"

    Scenario: The FT license agreement and FTTI's price protection waiver have reached every Investor
      Given the "delivered_to" of the "documents" record "ft_license_agreement" is "COMPANY, FT, FTTI, INTEL, WEBB"
      And the "delivered_to" of the "documents" record "ftti_price_protection_waiver" is "COMPANY, FTTI, INTEL, WEBB"
      When the deal is checked
      Then "spa.4.1.q.vii" is "met" for every party

    @spa_4_1_q @spa_4_1_w
    Scenario: A license entered into with FT but never delivered to Webb fails Webb's item although §4.1(w) is met
      Given the "delivered_to" of the "documents" record "ft_license_agreement" is "COMPANY, FT, FTTI, INTEL"
      When the deal is checked
      Then "spa.4.1.q.vii" is "not met" for "WEBB"
      And "spa.4.1.q.vii" is "met" for "FTTI"
      And "spa.4.1.q.vii" is "met" for "INTEL"
      And "spa.4.1.q" is "not met" for "WEBB"
      And "spa.4.1.w" is "met" for every party
      And the working for "spa.4.1.q.vii" for "WEBB" mentions "ft_license_agreement"
      And the reason for "spa.4.1.q.vii" for "WEBB" mentions "Webb has not received the license agreement between the Company and FT, a document referred to in §4.1 (delivered to: the Company, FT, FTTI and Intel)"

    @spa_4_1_t
    Scenario: FTTI's price protection waiver delivered to the Company alone fails Intel's and Webb's items
      Given the "delivered_to" of the "documents" record "ftti_price_protection_waiver" is "COMPANY, FTTI"
      When the deal is checked
      Then "spa.4.1.q.vii" is "not met" for "INTEL"
      And "spa.4.1.q.vii" is "not met" for "WEBB"
      And "spa.4.1.q.vii" is "met" for "FTTI"
      And "spa.4.1.t" is "met" for every party
      And the working for "spa.4.1.q.vii" for "INTEL" mentions "ftti_price_protection_waiver"
      And the reason for "spa.4.1.q.vii" for "INTEL" mentions "Intel has not received FTTI's waiver of price protection, a document referred to in §4.1 (delivered to: the Company and FTTI)"

    Scenario: Until it is recorded to whom the FT license agreement was delivered, the item is unknown for every Investor
      Given the "delivered_to" of the "documents" record "ft_license_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.1.q.vii" is "unknown" for every party
      And "spa.4.1.q.vii" for "INTEL" is missing "documents[ft_license_agreement].delivered_to"

    @waiver
    Scenario: Intel's written waiver of the capitalization table releases Intel's item
      Given the fact "closing_documents.reasonably_requested" for "INTEL" is "capitalization table" as asserted by "INTEL"
      And "INTEL" waives "spa.4.1.q.vii" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.q.vii" is "waived" for "INTEL"
