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
      And the reason for "spa.4.1.p" for "FTTI" mentions "= $7,199,999.947"
      And the reason for "spa.4.1.j" for "INTEL" mentions "waived in writing by INTEL on 2003-03-18"

    @boundary
    Scenario: In the gaps example, one more Share bought by Intel ($0.2855) meets the minimum
      Given the deal state "examples/jabber-series-d-gaps.yaml"
      And "INTEL" buys "8,959,735" Shares
      And "INTEL" invests "$2,513,004.35" in cash
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party
      And "spa.4.2.b" is "met"
      And the reason for "spa.4.2.b" mentions "= $7,200,000.2325"
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
