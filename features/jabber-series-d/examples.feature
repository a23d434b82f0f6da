@jabber_series_d @example
Feature: The shipped example deal states
  examples/jabber-series-d-closing.yaml is the Closing as planned for March 18, 2003: every condition is
  met. examples/jabber-series-d-gaps.yaml is the same morning with three gaps: the legal opinion is not
  yet delivered, the Investors buy 25,218,914 Shares (one Share short of the $7,200,000 minimum), and
  Intel alone has waived the legal opinion in writing.

  Rule: The planned Closing is ready

    @spa_4_1_lead @spa_4_2_lead
    Scenario: At the planned Closing every Investor and the Company is obliged to close
      # No condition is waived, so each obligation is met only if every one of its conditions is met.
      Given the deal state "examples/jabber-series-d-closing.yaml"
      When the deal is checked
      Then the closing is ready
      And "spa.4.1.lead" is "met" for every party
      And "spa.4.2.lead" is "met"
      And the verdict mentions "every condition is met or waived for FTTI, INTEL, WEBB, COMPANY"

  @spa_4_1_j @spa_4_1_p @spa_4_2_b
  Rule: The gaps example is not ready, for the reasons it describes

    @spa_4_1_lead @spa_4_2_lead
    Scenario: The gaps example: the opinion is outstanding for FTTI and Webb, waived by Intel, and the minimum is one Share short
      Given the deal state "examples/jabber-series-d-gaps.yaml"
      When the deal is checked
      Then the outcomes are:
        | rule         | party   | status  |
        | spa.4.1.j    | FTTI    | not met |
        | spa.4.1.j    | INTEL   | waived  |
        | spa.4.1.j    | WEBB    | not met |
        | spa.4.1.p    | FTTI    | not met |
        | spa.4.1.p    | INTEL   | not met |
        | spa.4.1.p    | WEBB    | not met |
        | spa.4.2.b    |         | not met |
        | spa.4.1.lead | FTTI    | not met |
        | spa.4.1.lead | INTEL   | not met |
        | spa.4.1.lead | WEBB    | not met |
        | spa.4.2.lead |         | not met |
      And the closing is not ready
      And the verdict mentions "2 conditions outstanding for FTTI: 4.1(j), 4.1(p)"
      And the verdict mentions "1 condition outstanding for INTEL: 4.1(p)"
      And the verdict mentions "1 condition outstanding for COMPANY: 4.2(b)"

    @boundary
    Scenario: In the gaps example the Investors pay $7,199,999.95, short of the $7,200,000 minimum
      Given the deal state "examples/jabber-series-d-gaps.yaml"
      When the deal is checked
      Then "spa.4.1.p" is "not met" for every party
      And "spa.4.2.b" is "not met"
      And the working for "spa.4.1.p" for "FTTI" mentions "= $7,199,999.947"
      And the working for "spa.4.1.j" for "INTEL" mentions "waived in writing by INTEL on 2003-03-18"

    @boundary
    Scenario: In the gaps example, one more Share bought by Intel ($0.2855) meets the minimum
      Given the deal state "examples/jabber-series-d-gaps.yaml"
      And "INTEL" buys "8,959,735" Shares
      And "INTEL" invests "$2,513,004.35" in cash
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party
      And "spa.4.2.b" is "met"
      And the working for "spa.4.2.b" mentions "= $7,200,000.2325"
      And the closing is not ready

    @spa_4_1_lead @spa_4_2_lead
    Scenario: In the gaps example, with one more Share and FTTI's and Webb's waivers of the opinion, the closing is ready
      Given the deal state "examples/jabber-series-d-gaps.yaml"
      And "INTEL" buys "8,959,735" Shares
      And "INTEL" invests "$2,513,004.35" in cash
      And the "shares" of the "share_certificates" record "INTEL" is "8,959,735"
      And "FTTI, WEBB" waives "spa.4.1.j" in writing on "2003-03-18"
      When the deal is checked
      Then "spa.4.1.j" is "waived" for every party
      And "spa.4.1.lead" is "met" for every party
      And "spa.4.2.lead" is "met"
      And the closing is ready

  Rule: The review example: what a deal lawyer would not sign off, and why

    Scenario: The review example sets aside the Company's waiver and its assertion for FTTI, and asks for re-confirmation
      Given the deal state "examples/jabber-series-d-review.yaml"
      When the deal is checked
      Then "spa.4.1.j" is "not met" for every party
      And "spa.4.1.j" for "FTTI" sets aside the waiver by "COMPANY" because "COMPANY may not waive it for FTTI"
      And "spa.4.1.l" is "unknown" for "FTTI"
      And "spa.4.1.l" for "FTTI" sets aside the assertion by "COMPANY" because "it is FTTI's call"
      And "spa.4.1.i" is "unknown" for every party
      And "spa.4.1.i" for "WEBB" sets aside the judgement by "Investors' counsel" because "changed from 2003-03-14 to 2003-03-17"
      And the closing is not ready

    Scenario: In the review example Intel withholds $2,700.00 more than its expenses, and caused its own shortfall
      Given the deal state "examples/jabber-series-d-review.yaml"
      When the deal is checked
      Then "spa.7.1.setoff" is "not met" for "INTEL"
      And the working for "spa.7.1.setoff" for "INTEL" mentions "set_off_excess[INTEL] (SPA §7.1) = $2,700.00"
      And "spa.2.3.c" is "not met" for "INTEL"
      And "spa.2.3.c" is "met" for "FTTI"
      And the verdict mentions "INTEL itself caused 4.1(p)"

    Scenario: In the review example "Bridge Notes" is unresolved and the readings disagree, so §4.2(b) is unknown
      Given the deal state "examples/jabber-series-d-review.yaml"
      When the deal is checked
      Then "spa.4.2.b" is "unknown"
      And the working for "spa.4.2.b" mentions "not met under webb_note"
      And "spa.4.2.b" is missing "settings.bridge_notes_meaning"

    Scenario: Re-confirming the certificates, Intel's right payment and counsel's answer make the review example ready
      Given the deal state "examples/jabber-series-d-review.yaml"
      And "Investors' counsel" confirms "good_standing.as_of_recent_date" is "true" on "2003-03-18"
      And "FTTI" confirms "closing_proceedings.reasonably_satisfactory" for "FTTI" is "true" on "2003-03-18"
      And "FTTI, INTEL, WEBB" waives "spa.4.1.j" in writing on "2003-03-18"
      And "INTEL" withholds "$52,300.00" for its expenses
      And "INTEL" invests "$2,947,699.74" in cash
      And the setting "bridge_notes_meaning" is "every_bridge_note"
      When the deal is checked
      Then "spa.4.2.b" is "met"
      And "spa.2.3.c" is "met" for "INTEL"
      And "spa.4.1.p" is "not met" for every party
