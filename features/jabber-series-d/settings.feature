@jabber_series_d
Feature: Interpretation settings: where the Agreement can reasonably be read more than one way
  Each ambiguity is a named setting with a default (the catalog's recommendation). Choosing another
  reading changes the outcome as settings.yaml documents, and every result names the reading it used.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_w @spa_4_2_h
  Rule: ft_license_commitment: is "a Three Million ($3,000,000) purchase commitment" a floor or an exact sum?

    @boundary
    Scenario: By default a $3,500,000 commitment meets the license conditions
      Given the fact "ft_license.purchase_commitment" is "$3,500,000.00"
      When the deal is checked
      Then "spa.4.1.w" is "met" for every party
      And "spa.4.2.h" is "met"
      And "spa.4.1.w" used the setting "ft_license_commitment" as "at_least"
      And "spa.4.2.h" used the setting "ft_license_commitment" as "at_least"

    @boundary
    Scenario: Read literally as exactly $3,000,000, a $3,500,000 commitment fails the license conditions
      Given the setting "ft_license_commitment" is "exactly"
      And the fact "ft_license.purchase_commitment" is "$3,500,000.00"
      When the deal is checked
      Then "spa.4.1.w" is "not met" for every party
      And "spa.4.2.h" is "not met"
      And "spa.4.1.w" used the setting "ft_license_commitment" as "exactly"
      And the working for "spa.4.2.h" mentions "$3,500,000.00"

    @boundary
    Scenario: Read literally, a commitment of exactly $3,000,000 still meets the license conditions
      Given the setting "ft_license_commitment" is "exactly"
      And the fact "ft_license.purchase_commitment" is "$3,000,000.00"
      When the deal is checked
      Then "spa.4.1.w" is "met" for every party
      And "spa.4.2.h" is "met"

    @boundary
    Scenario: Read literally, a commitment one cent under $3,000,000 fails the license conditions
      Given the setting "ft_license_commitment" is "exactly"
      And the fact "ft_license.purchase_commitment" is "$2,999,999.99"
      When the deal is checked
      Then "spa.4.1.w" is "not met" for every party
      And "spa.4.2.h" is "not met"

  @spa_4_1_w @spa_4_2_h @spa_4_1_lead
  Rule: Any setting may be left unresolved: the rows are decided under every reading, unknown where the readings differ

    Scenario: Left unresolved, a $3,500,000 commitment is in doubt, and the reason puts the question to counsel
      Given the setting "ft_license_commitment" is "unresolved"
      And the fact "ft_license.purchase_commitment" is "$3,500,000.00"
      When the deal is checked
      Then "spa.4.1.w" is "unknown" for every party
      And "spa.4.2.h" is "unknown"
      And the working for "spa.4.2.h" mentions "depends on the unresolved reading ft_license_commitment"
      And the reason for "spa.4.2.h" mentions "Does a commitment above $3,000,000 satisfy §4.1(w) and §4.2(h)?"
      And the working for "spa.4.2.h" mentions "met under at_least, not met under exactly"
      And "spa.4.2.h" is missing "settings.ft_license_commitment"
      And "spa.4.2.h" used the setting "ft_license_commitment" as "unresolved"

    Scenario: Left unresolved, a commitment of exactly $3,000,000 meets the license conditions under every reading
      Given the setting "ft_license_commitment" is "unresolved"
      And the fact "ft_license.purchase_commitment" is "$3,000,000.00"
      When the deal is checked
      Then "spa.4.1.w" is "met" for every party
      And "spa.4.2.h" is "met"
      And the working for "spa.4.2.h" mentions "the same under every reading of ft_license_commitment"

    Scenario: Left unresolved, a commitment under $3,000,000 fails under every reading
      Given the setting "ft_license_commitment" is "unresolved"
      And the fact "ft_license.purchase_commitment" is "$2,999,999.99"
      When the deal is checked
      Then "spa.4.2.h" is "not met"
      And "spa.4.1.w" is "not met" for every party

    Scenario: A condition in doubt for want of a reading leaves each Investor's obligation to close unknown
      Given the setting "ft_license_commitment" is "unresolved"
      And the fact "ft_license.purchase_commitment" is "$3,500,000.00"
      When the deal is checked
      Then "spa.4.1.lead" is "unknown" for every party
      And "spa.4.1.lead" for "FTTI" is missing "settings.ft_license_commitment"
      And the closing is not ready

  @spa_4_1_p @spa_4_2_b
  Rule: minimum_investment_measure: the Purchase Price of the Shares bought, or the dollars delivered?
    FTTI buys 10,711,035 Shares ($3,058,000.4925) and pays $3,058,000.49; Intel withholds $45,000.00 of
    its §7.1 expenses from its payment. Counting the Purchase Price paid for, the Investors invest
    $7,200,000.23; counting only the dollars delivered, $7,155,000.23.

    Background:
      Given "FTTI" buys "10,711,035" Shares
      And "FTTI" invests "$3,058,000.49" in cash

    @boundary
    Scenario: By default the Purchase Price counts, Intel's set-off included, and the minimum is met
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party
      And "spa.4.2.b" is "met"
      And "spa.4.1.p" used the setting "minimum_investment_measure" as "purchase_price"
      And the reason for "spa.4.1.p" for "FTTI" mentions "$7,200,000.23"

    @boundary
    Scenario: Counting the dollars delivered, Intel's set-off does not count and the minimum fails
      Given the setting "minimum_investment_measure" is "dollars_delivered"
      When the deal is checked
      Then "spa.4.1.p" is "not met" for every party
      And "spa.4.2.b" is "not met"
      And the working for "spa.4.1.p" for "FTTI" mentions "= $7,155,000.23"
      And "spa.4.1.p" used the setting "minimum_investment_measure" as "dollars_delivered"

    Scenario: FTTI's unstated withholding does not matter: FTTI has no §7.1 entitlement to set off
      Given the "expenses_withheld" of the "payments" record "FTTI" is "unknown"
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party
      And "spa.7.1.setoff" is "unknown" for "FTTI"

  @spa_4_2_b @spa_4_1_p
  Rule: bridge_notes_meaning: do bridge notes other than the Webb Note count towards §4.2(b)?
    FTTI buys 10,711,035 Shares and pays $3,058,000.49; Intel pays $300,000.00 of its price by cancelling
    a bridge note of the Company other than the Webb Note, identified on Exhibit A (§2.3(c)(iii)).

    Scenario: By default "Bridge Notes" means the Webb Note
      When the deal is checked
      Then "spa.4.2.b" is "met"
      And "spa.4.2.b" used the setting "bridge_notes_meaning" as "webb_note"

    Scenario: On the default reading another bridge note cancelled does not count, and the minimum fails
      Given "FTTI" buys "10,711,035" Shares
      And "FTTI" invests "$3,058,000.49" in cash
      And "INTEL" invests "$2,654,999.74" in cash
      And the "other_indebtedness_cancelled" of the "payments" record "INTEL" is "$300,000.00"
      When the deal is checked
      Then "spa.4.2.b" is "not met"
      And the working for "spa.4.2.b" mentions "= $6,900,000.23"
      And "spa.4.1.p" is "not met" for every party
      And "spa.2.3.c" is "met" for "INTEL"

    Scenario: If "Bridge Notes" means every bridge note, Intel's cancelled note counts and §4.2(b) is met
      Given the setting "bridge_notes_meaning" is "every_bridge_note"
      And "FTTI" buys "10,711,035" Shares
      And "FTTI" invests "$3,058,000.49" in cash
      And "INTEL" invests "$2,654,999.74" in cash
      And the "other_indebtedness_cancelled" of the "payments" record "INTEL" is "$300,000.00"
      When the deal is checked
      Then "spa.4.2.b" is "met"
      And the working for "spa.4.2.b" mentions "$7,200,000.23"
      And "spa.4.1.p" is "not met" for every party

    Scenario: Left unresolved where the readings disagree, §4.2(b) is unknown and the reason asks counsel
      Given the setting "bridge_notes_meaning" is "unresolved"
      And "FTTI" buys "10,711,035" Shares
      And "FTTI" invests "$3,058,000.49" in cash
      And "INTEL" invests "$2,654,999.74" in cash
      And the "other_indebtedness_cancelled" of the "payments" record "INTEL" is "$300,000.00"
      When the deal is checked
      Then "spa.4.2.b" is "unknown"
      And the reason for "spa.4.2.b" mentions "does its cancellation count towards the Company's $7,200,000?"
      And the working for "spa.4.2.b" mentions "not met under webb_note"
      And the working for "spa.4.2.b" mentions "met under every_bridge_note"
      And "spa.4.2.b" is missing "settings.bridge_notes_meaning"

    Scenario: Left unresolved where the deal has no other bridge debt, both readings agree and §4.2(b) is met
      Given the setting "bridge_notes_meaning" is "unresolved"
      When the deal is checked
      Then "spa.4.2.b" is "met"
      And the working for "spa.4.2.b" mentions "the same under every reading of bridge_notes_meaning"

  @spa_4_1_n
  Rule: prior_preferred_conversion_ratio: one share of Common Stock (§4.1(n)) or one thousand (§3.1(f))?
    The Restated Certificate converts each Prior Preferred share into 1,000 shares of Common Stock.

    Scenario: By default the ratio needs counsel's confirmation, and without it the condition is unknown
      Given the fact "prior_preferred_conversion.counsel_confirmed" is unknown
      When the deal is checked
      Then "spa.4.1.n" is "unknown" for every party
      And "spa.4.1.n" used the setting "prior_preferred_conversion_ratio" as "counsel_confirmed"

    Scenario: Reading §3.1(f) as governing, a 1,000-for-1 conversion meets the condition without counsel
      Given the setting "prior_preferred_conversion_ratio" is "one_thousand_for_one"
      And the fact "prior_preferred_conversion.counsel_confirmed" is unknown
      When the deal is checked
      Then "spa.4.1.n" is "met" for every party
      And "spa.4.1.n" used the setting "prior_preferred_conversion_ratio" as "one_thousand_for_one"

    Scenario: Reading the words of §4.1(n) literally, a 1,000-for-1 conversion fails the condition
      Given the setting "prior_preferred_conversion_ratio" is "literal_one_for_one"
      When the deal is checked
      Then "spa.4.1.n" is "not met" for every party
      And the working for "spa.4.1.n" for "FTTI" mentions "1,000"
      And "spa.4.1.n" used the setting "prior_preferred_conversion_ratio" as "literal_one_for_one"

    Scenario: Reading the words of §4.1(n) literally, a one-for-one conversion meets the condition
      Given the setting "prior_preferred_conversion_ratio" is "literal_one_for_one"
      And the fact "restated_certificate.prior_preferred_conversion_ratio" is "1"
      When the deal is checked
      Then "spa.4.1.n" is "met" for every party

  @spa_4_1_c @spa_4_2_d
  Rule: blue_sky_notice_proviso: does the $500 proviso shelter a notice filing in each state, or in one state only?
    California's notice filing ($300) is outstanding. The scenarios add a New York notice filing of $100;
    the offer is exempt in New York apart from that notice filing, unless a scenario says otherwise.

    Scenario: By default one outstanding notice filing under $500 is sheltered
      When the deal is checked
      Then "spa.4.1.c" is "met" for every party
      And "spa.4.1.c" used the setting "blue_sky_notice_proviso" as "each_state_fee_under_500"

    Scenario: On the one-state reading a single outstanding notice filing is still sheltered
      Given the setting "blue_sky_notice_proviso" is "one_state_only"
      When the deal is checked
      Then "spa.4.1.c" is "met" for every party
      And "spa.4.2.d" is "met"
      And "spa.4.2.d" used the setting "blue_sky_notice_proviso" as "one_state_only"

    Scenario: By default a second small notice filing, in New York, is sheltered too
      Given the "blue_sky_filings" record "New York" with:
        | field                 | value   |
        | notice_filing_pending | true    |
        | notice_fee            | $100.00 |
      And the "exempt_or_qualified" of the "blue_sky_filings" record "New York" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.c" is "met" for every party
      And "spa.4.2.d" is "met"

    Scenario: On the one-state reading a second outstanding notice filing, in New York, is a breach
      Given the setting "blue_sky_notice_proviso" is "one_state_only"
      And the "blue_sky_filings" record "New York" with:
        | field                 | value   |
        | notice_filing_pending | true    |
        | notice_fee            | $100.00 |
      And the "exempt_or_qualified" of the "blue_sky_filings" record "New York" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.c" is "not met" for every party
      And "spa.4.2.d" is "not met"

    Scenario: On the one-state reading a New York notice filing that may still be pending puts the condition in doubt
      Given the setting "blue_sky_notice_proviso" is "one_state_only"
      And the "blue_sky_filings" record "New York" with:
        | field      | value   |
        | notice_fee | $100.00 |
      And the "exempt_or_qualified" of the "blue_sky_filings" record "New York" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.c" is "unknown" for every party
      And "spa.4.2.d" is "unknown"
      And "spa.4.2.d" is missing "blue_sky_filings[New York].notice_filing_pending"

    Scenario: On either reading a $500 notice filing in an otherwise exempt New York is a breach
      Given the setting "blue_sky_notice_proviso" is "one_state_only"
      And the "notice_filing_pending" of the "blue_sky_filings" record "California" is "false"
      And the "blue_sky_filings" record "New York" with:
        | field                 | value   |
        | notice_filing_pending | true    |
        | notice_fee            | $500.00 |
      And the "exempt_or_qualified" of the "blue_sky_filings" record "New York" is "true" as asserted by "COMPANY"
      When the deal is checked
      Then "spa.4.1.c" is "not met" for every party
      And "spa.4.2.d" is "not met"
      And the working for "spa.4.2.d" mentions "New York"

    Scenario: By default a small New York notice filing does not make up for an exemption nobody has assessed
      Given the "blue_sky_filings" record "New York" with:
        | field                 | value   |
        | notice_filing_pending | true    |
        | notice_fee            | $100.00 |
      When the deal is checked
      Then "spa.4.1.c" is "unknown" for every party
      And "spa.4.2.d" is "unknown"
      And "spa.4.2.d" is missing "blue_sky_filings[New York].exempt_or_qualified"

  @spa_4_1_lead @spa_4_2_lead
  Rule: condition_waiver_authority: the obligations to close name the waiver reading they used

    Scenario: By default the §4.1 and §4.2 words on waiver govern
      When the deal is checked
      Then "spa.4.1.lead" used the setting "condition_waiver_authority" as "section_4_or_7_9"
      And "spa.4.2.lead" used the setting "condition_waiver_authority" as "section_4_or_7_9"

    Scenario: When §7.9 is chosen, the obligations say so
      Given the setting "condition_waiver_authority" is "section_7_9_only"
      When the deal is checked
      Then "spa.4.1.lead" used the setting "condition_waiver_authority" as "section_7_9_only"
      And "spa.4.2.lead" is "met"
