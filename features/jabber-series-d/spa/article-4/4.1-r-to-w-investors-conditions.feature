@jabber_series_d
Feature: SPA §4.1(r)-(w): conditions to each Investor's obligation to close
  The Jona Side Letter, the Silicon Valley Bank release, FTTI's waiver of price protection, the
  Investors' approval of the business plan and of Webb's SEC disclosure, and the FT license agreement.
  Each condition has one result for each Investor, and each Investor may waive it in writing for itself.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_r
  Rule: §4.1(r) FTTI and Intel have received the executed Jona Side Letter in the agreed form

    Scenario: The executed Jona Side Letter delivered to FTTI and Intel meets the condition for all three Investors
      Given the "delivered_to" of the "documents" record "jona_side_letter" is "FTTI, INTEL"
      When the deal is checked
      Then "spa.4.1.r" is "met" for every party
      And the reason for "spa.4.1.r" for "WEBB" mentions "FTTI and Intel received the executed Jona Side Letter, in the form of Exhibit F, on March 17, 2003, by the Closing Date (March 18, 2003)"

    Scenario: A Jona Side Letter not yet delivered to Intel fails the condition for every Investor, Webb included
      Given the "delivered_to" of the "documents" record "jona_side_letter" is "FTTI"
      When the deal is checked
      Then "spa.4.1.r" is "not met" for every party
      And the reason for "spa.4.1.r" for "WEBB" mentions "FTTI and Intel have not both received the Jona Side Letter (delivered to: FTTI)"

    Scenario: A Jona Side Letter that Jona, Inc. has not signed fails the condition
      Given the "fully_executed" of the "documents" record "jona_side_letter" is "false"
      When the deal is checked
      Then "spa.4.1.r" is "not met" for every party
      And the reason for "spa.4.1.r" for "INTEL" mentions "The Jona Side Letter FTTI and Intel received is not fully executed"

    Scenario: A letter judged not to be in the form of Exhibit F fails the condition, and says who judged it
      Given the "in_agreed_form" of the "documents" record "jona_side_letter" is "false" as asserted by "Investors' counsel"
      When the deal is checked
      Then "spa.4.1.r" is "not met" for every party
      And the working for "spa.4.1.r" for "FTTI" mentions "in_agreed_form is false"
      And the reason for "spa.4.1.r" for "FTTI" mentions "The Jona Side Letter is not in the form of Exhibit F"

    Scenario: Until someone judges the letter against Exhibit F, the condition is unknown
      Given the "in_agreed_form" of the "documents" record "jona_side_letter" is "unknown"
      When the deal is checked
      Then "spa.4.1.r" is "unknown" for every party
      And "spa.4.1.r" for "WEBB" is missing "documents[jona_side_letter].in_agreed_form"

    @waiver
    Scenario: Webb's written waiver of the Jona Side Letter releases Webb alone
      Given the "delivered_to" of the "documents" record "jona_side_letter" is "FTTI"
      And "WEBB" waives "spa.4.1.r" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.r" is "waived" for "WEBB"
      And "spa.4.1.r" is "not met" for "FTTI"
      And "spa.4.1.r" is "not met" for "INTEL"

  @spa_4_1_s
  Rule: §4.1(s) The Silicon Valley Bank guarantees and security agreements are released

    Scenario: With every Silicon Valley Bank guarantee and security agreement released the condition is met
      Given the fact "silicon_valley_bank.guarantees_and_security_agreements_released" is "true"
      When the deal is checked
      Then "spa.4.1.s" is "met" for every party
      And the reason for "spa.4.1.s" for "FTTI" mentions "Every existing guarantee and security agreement between the Company and Silicon Valley Bank has been released or cancelled"

    Scenario: A security agreement still in place fails the condition
      Given the fact "silicon_valley_bank.guarantees_and_security_agreements_released" is "false"
      When the deal is checked
      Then "spa.4.1.s" is "not met" for every party
      And the reason for "spa.4.1.s" for "INTEL" mentions "An existing guarantee or security agreement between the Company and Silicon Valley Bank has not been released or cancelled"

    Scenario: Without word on the release, the condition is unknown
      Given the fact "silicon_valley_bank.guarantees_and_security_agreements_released" is unknown
      When the deal is checked
      Then "spa.4.1.s" is "unknown" for every party
      And "spa.4.1.s" for "FTTI" is missing "silicon_valley_bank.guarantees_and_security_agreements_released"

    @waiver
    Scenario: FTTI's written waiver of the bank release releases FTTI alone
      Given the fact "silicon_valley_bank.guarantees_and_security_agreements_released" is "false"
      And "FTTI" waives "spa.4.1.s" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.s" is "waived" for "FTTI"
      And "spa.4.1.s" is "not met" for "INTEL"
      And "spa.4.1.s" is "not met" for "WEBB"

  @spa_4_1_t
  Rule: §4.1(t) FTTI has executed and delivered to the Company a waiver of price protection

    Scenario: FTTI's signed waiver delivered to the Company on the Closing Date meets the condition
      Given the document "ftti_price_protection_waiver" signed by "FTTI" and delivered to "COMPANY" dated "2003-03-18"
      When the deal is checked
      Then "spa.4.1.t" is "met" for every party
      And the reason for "spa.4.1.t" for "INTEL" mentions "FTTI executed and delivered to the Company on March 18, 2003, by the Closing Date (March 18, 2003), a waiver of all further price protection rights"

    @spa_4_2_i
    Scenario: FTTI's waiver not yet delivered to the Company fails §4.1(t) for every Investor and the Company's §4.2(i)
      Given the "delivered_to" of the "documents" record "ftti_price_protection_waiver" is ""
      When the deal is checked
      Then "spa.4.1.t" is "not met" for every party
      And "spa.4.2.i" is "not met"
      And the reason for "spa.4.1.t" for "WEBB" mentions "FTTI's waiver of price protection has not been delivered to the Company (delivered to: none)"
      And the reason for "spa.4.2.i" mentions "FTTI's waiver of price protection has not been delivered to the Company (delivered to: none)"

    Scenario: Without knowing who signed the price protection waiver, the condition is unknown
      Given the "signed_by" of the "documents" record "ftti_price_protection_waiver" is "unknown"
      When the deal is checked
      Then "spa.4.1.t" is "unknown" for every party
      And "spa.4.1.t" for "INTEL" is missing "documents[ftti_price_protection_waiver].signed_by"

    Scenario: A waiver that reaches all of FTTI's further price protection rights meets the condition
      Given the fact "ftti_price_protection_waiver.covers_all_further_rights" is "true" as asserted by "INTEL"
      When the deal is checked
      Then "spa.4.1.t" is "met" for every party
      And the working for "spa.4.1.t" for "WEBB" mentions "ftti_price_protection_waiver.covers_all_further_rights is true"

    @spa_4_2_i
    Scenario: A waiver of only some of FTTI's further price protection rights fails §4.1(t) and §4.2(i)
      Given the fact "ftti_price_protection_waiver.covers_all_further_rights" is "false" as asserted by "INTEL"
      When the deal is checked
      Then "spa.4.1.t" is "not met" for every party
      And "spa.4.2.i" is "not met"
      And the working for "spa.4.1.t" for "INTEL" mentions "ftti_price_protection_waiver.covers_all_further_rights is false"
      And the reason for "spa.4.1.t" for "FTTI" mentions "FTTI's waiver does not cover all further price protection rights associated with its Common Stock"
      And the reason for "spa.4.2.i" mentions "FTTI's waiver does not cover all further price protection rights"

    Scenario: Until someone has read the waiver for its scope, the condition is unknown although it was signed and delivered
      Given the fact "ftti_price_protection_waiver.covers_all_further_rights" is unknown
      When the deal is checked
      Then "spa.4.1.t" is "unknown" for every party
      And "spa.4.1.t" for "FTTI" is missing "ftti_price_protection_waiver.covers_all_further_rights"

    @waiver @spa_4_2_i
    Scenario: Intel's waiver of §4.1(t) releases Intel alone, and the Company's own condition §4.2(i) remains
      Given the "delivered_to" of the "documents" record "ftti_price_protection_waiver" is ""
      And "INTEL" waives "spa.4.1.t" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.t" is "waived" for "INTEL"
      And "spa.4.1.t" is "not met" for "FTTI"
      And "spa.4.2.i" is "not met"

    @waiver
    Scenario: FTTI may waive §4.1(t) for its own obligation, odd as that is
      Given the "signed_by" of the "documents" record "ftti_price_protection_waiver" is ""
      And "FTTI" waives "spa.4.1.t" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.t" is "waived" for "FTTI"
      And "spa.4.1.t" is "not met" for "WEBB"
      And the reason for "spa.4.1.t" for "WEBB" mentions "FTTI has not executed the waiver of price protection (signed by: none)"

  @spa_4_1_u
  Rule: §4.1(u) Each Investor has received and approved the 2003 plan and the 2004 outline

    Scenario: Every Investor approved both the 2003 plan and the 2004 outline
      Given the fact "business_plan.outline_2004_received_and_approved" for "FTTI" is "true" as asserted by "FTTI"
      When the deal is checked
      Then "spa.4.1.u" is "met" for every party
      And the reason for "spa.4.1.u" for "FTTI" mentions "FTTI has received and approved the Company's detailed business and financial plan for 2003 and its outline of goals and operating assumptions for 2004"

    Scenario: FTTI has not approved the 2004 outline, which fails FTTI's condition only
      Given the fact "business_plan.outline_2004_received_and_approved" for "FTTI" is "false" as asserted by "FTTI"
      When the deal is checked
      Then "spa.4.1.u" is "not met" for "FTTI"
      And "spa.4.1.u" is "met" for "INTEL"
      And "spa.4.1.u" is "met" for "WEBB"
      And the reason for "spa.4.1.u" for "FTTI" mentions "FTTI has not received and approved the Company's outline of goals and operating assumptions for 2004"

    Scenario: Until Webb says whether it approved the 2003 plan, Webb's condition is unknown
      Given the fact "business_plan.plan_2003_received_and_approved" for "WEBB" is unknown
      When the deal is checked
      Then "spa.4.1.u" is "unknown" for "WEBB"
      And "spa.4.1.u" is "met" for "FTTI"
      And "spa.4.1.u" for "WEBB" is missing "business_plan.plan_2003_received_and_approved[WEBB]"

    @waiver
    Scenario: FTTI's written waiver of its own approval of the 2004 outline releases FTTI's condition
      Given the fact "business_plan.outline_2004_received_and_approved" for "FTTI" is "false" as asserted by "FTTI"
      And "FTTI" waives "spa.4.1.u" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.u" is "waived" for "FTTI"

  @spa_4_1_v
  Rule: §4.1(v) Each Investor has received and approved Webb's Form 8-K and other SEC disclosure

    Scenario: Every Investor, Webb included, approved Webb's SEC disclosure
      Given the fact "webb_sec_disclosure.received_and_approved" for "WEBB" is "true" as asserted by "WEBB"
      When the deal is checked
      Then "spa.4.1.v" is "met" for every party
      And the reason for "spa.4.1.v" for "WEBB" mentions "Webb has received and approved the Form 8-K and all other disclosure Webb may file with the Commission"

    Scenario: Webb, itself one of the Investors, has not approved its own Form 8-K, which fails Webb's condition
      Given the fact "webb_sec_disclosure.received_and_approved" for "WEBB" is "false" as asserted by "WEBB"
      When the deal is checked
      Then "spa.4.1.v" is "not met" for "WEBB"
      And "spa.4.1.v" is "met" for "FTTI"
      And "spa.4.1.v" is "met" for "INTEL"
      And the reason for "spa.4.1.v" for "WEBB" mentions "Webb has not received and approved the Form 8-K and all other disclosure Webb may file with the Commission"

    Scenario: Until Intel says whether it approved the disclosure, Intel's condition is unknown
      Given the fact "webb_sec_disclosure.received_and_approved" for "INTEL" is unknown
      When the deal is checked
      Then "spa.4.1.v" is "unknown" for "INTEL"
      And "spa.4.1.v" for "INTEL" is missing "webb_sec_disclosure.received_and_approved[INTEL]"

    @waiver
    Scenario: Intel's written waiver of its approval of the disclosure releases Intel's condition
      Given the fact "webb_sec_disclosure.received_and_approved" for "INTEL" is "false" as asserted by "INTEL"
      And "INTEL" waives "spa.4.1.v" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.v" is "waived" for "INTEL"
      And "spa.4.1.v" is "met" for "FTTI"

  @spa_4_1_w
  Rule: §4.1(w) The Company and FT have entered into a license agreement with a $3,000,000 purchase commitment

    @boundary
    Scenario: A license with a purchase commitment of exactly $3,000,000 meets the condition
      Given the fact "ft_license.purchase_commitment" is "$3,000,000.00"
      When the deal is checked
      Then "spa.4.1.w" is "met" for every party
      And the working for "spa.4.1.w" for "FTTI" mentions "$3,000,000.00"
      And the reason for "spa.4.1.w" for "FTTI" mentions "with a purchase commitment from FT of $3,000,000.00, at least the $3,000,000 required"

    @boundary
    Scenario: A purchase commitment one cent under $3,000,000 fails the condition
      Given the fact "ft_license.purchase_commitment" is "$2,999,999.99"
      When the deal is checked
      Then "spa.4.1.w" is "not met" for every party
      And the working for "spa.4.1.w" for "FTTI" mentions "$2,999,999.99"
      And the reason for "spa.4.1.w" for "FTTI" mentions "The license agreement carries a purchase commitment from FT of $2,999,999.99, less than the $3,000,000 required"

    Scenario: A license agreement FT has not signed fails the condition
      Given the "signed_by" of the "documents" record "ft_license_agreement" is "COMPANY"
      When the deal is checked
      Then "spa.4.1.w" is "not met" for every party
      And the reason for "spa.4.1.w" for "INTEL" mentions "The license agreement has not been executed by both the Company and FT (signed by: the Company)"

    @boundary
    Scenario: A license agreement dated after the Closing Date was not entered into in time
      Given the "dated" of the "documents" record "ft_license_agreement" is "2003-03-19"
      When the deal is checked
      Then "spa.4.1.w" is "not met" for every party
      And the reason for "spa.4.1.w" for "WEBB" mentions "The license agreement is dated March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: A license executed by both and exchanged between the Company and FT on the Closing Date meets the condition
      Given the "delivered_to" of the "documents" record "ft_license_agreement" is "COMPANY, FT, FTTI, INTEL, WEBB"
      And the "delivered_on" of the "documents" record "ft_license_agreement" is "2003-03-18"
      When the deal is checked
      Then "spa.4.1.w" is "met" for every party
      And the reason for "spa.4.1.w" for "INTEL" mentions "The Company and FT entered into the license agreement, executed by both and delivered between them on March 18, 2003, by the Closing Date (March 18, 2003)"

    Scenario: A license signed by both but not yet delivered to FT has not been entered into
      Given the "delivered_to" of the "documents" record "ft_license_agreement" is "COMPANY"
      When the deal is checked
      Then "spa.4.1.w" is "not met" for every party
      And the working for "spa.4.1.w" for "INTEL" mentions "documents[ft_license_agreement].delivered_to = [COMPANY]"
      And the reason for "spa.4.1.w" for "INTEL" mentions "The license agreement has not been delivered between the Company and FT (delivered to: the Company), so they have not entered into it"

    @boundary
    Scenario: A license dated before the Closing but delivered the day after it was not entered into by the Closing Date
      Given the "delivered_on" of the "documents" record "ft_license_agreement" is "2003-03-19"
      When the deal is checked as of "2003-03-19"
      Then "spa.4.1.w" is "not met" for every party
      And the working for "spa.4.1.w" for "WEBB" mentions "2003-03-19"
      And the reason for "spa.4.1.w" for "WEBB" mentions "The Company and FT exchanged the license agreement on March 19, 2003, after the Closing Date (March 18, 2003)"

    Scenario: Until it is known when the license was delivered, the condition is unknown
      Given the "delivered_on" of the "documents" record "ft_license_agreement" is "unknown"
      When the deal is checked
      Then "spa.4.1.w" is "unknown" for every party
      And "spa.4.1.w" for "FTTI" is missing "documents[ft_license_agreement].delivered_on"

    Scenario: Without the amount of FT's commitment, the condition is unknown
      Given the fact "ft_license.purchase_commitment" is unknown
      When the deal is checked
      Then "spa.4.1.w" is "unknown" for every party
      And "spa.4.1.w" for "FTTI" is missing "ft_license.purchase_commitment"

    @waiver
    Scenario: FTTI's written waiver of a smaller commitment releases FTTI alone
      Given the fact "ft_license.purchase_commitment" is "$2,500,000.00"
      And "FTTI" waives "spa.4.1.w" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.w" is "waived" for "FTTI"
      And "spa.4.1.w" is "not met" for "INTEL"
      And "spa.4.1.w" is "not met" for "WEBB"
