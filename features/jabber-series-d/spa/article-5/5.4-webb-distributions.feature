@jabber_series_d
Feature: SPA §5.4: Webb does not distribute its Jabber shares so as to make Jabber a reporting company without approval
  Webb "will not make any distributions or other transfer of any of its shares in the Company to Webb's
  shareholders which distribution or transfer would have the result of making the Company a reporting
  company under the Securities Exchange Act of 1934, as amended, unless the distribution or transfer has been
  approved by Investors holding 66-2/3% of the Shares." Webb's own Shares count towards the two thirds. In
  these scenarios 30,000,000 Shares are outstanding, so two thirds is exactly 20,000,000 (illustrative).

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And the as-of date is "2004-06-30"
    And Webb has made no distribution of its shares in the Company to its shareholders
    And no Investor has approved anything

  @spa_5_4
  Rule: §5.4 A distribution that would make the Company a reporting company needs the approval of Investors holding 66-2/3% of the Shares

    Scenario: Webb has made no distribution: complied with so far
      When the deal is checked
      Then "spa.5.4" is "complied"
      And the reason for "spa.5.4" mentions "Webb has made no distribution or transfer of its shares in the Company to its shareholders"

    Scenario: With nothing recorded of Webb's distributions, compliance is unknown
      Given the fact "webb_distributions" is unknown
      When the deal is checked
      Then "spa.5.4" is "unknown"
      And "spa.5.4" is missing "webb_distributions"

    @boundary
    Scenario: Approved beforehand by FTTI and Webb itself, holding exactly two thirds of the Shares
      Given Investors "FTTI, WEBB" approve "the Webb spin-off" on "2004-02-01" holding "12,259,180" and "7,740,820" Shares
      And on "2004-03-01" Webb distributes "the Webb spin-off" to its shareholders, making the Company a reporting company, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.4" is "complied"
      And the reason for "spa.5.4" mentions "with the approval, given by then, of Investors holding 20,000,000 of the 30,000,000 Shares outstanding, at least the 20,000,000 that make 66-2/3%"

    @boundary
    Scenario: One Share less than two thirds is not enough
      Given Investors "FTTI, WEBB" approve "the Webb spin-off" on "2004-02-01" holding "12,259,180" and "7,740,819" Shares
      And on "2004-03-01" Webb distributes "the Webb spin-off" to its shareholders, making the Company a reporting company, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.4" is "breached"
      And the reason for "spa.5.4" mentions "Investors holding only 19,999,999 of the 30,000,000 Shares outstanding, fewer than the 20,000,000 that make 66-2/3%"

    @boundary
    Scenario: Approvals given after the distribution do not count
      Given Investors "FTTI, WEBB" approve "the Webb spin-off" on "2004-03-02" holding "12,259,180" and "7,740,820" Shares
      And on "2004-03-01" Webb distributes "the Webb spin-off" to its shareholders, making the Company a reporting company, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.4" is "breached"
      And the reason for "spa.5.4" mentions "Webb made a distribution or transfer of its shares in the Company to its shareholders that would make the Company a reporting company under the Securities Exchange Act of 1934, without the approval of any Investor by then"

    Scenario: A distribution that would not make the Company a reporting company needs no approval
      Given on "2004-03-01" Webb distributes "a small distribution" to its shareholders, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.4" is "complied"

    Scenario: When it is not known whether the distribution makes the Company a reporting company, compliance is unknown
      Given on "2004-03-01" Webb distributes "the Webb spin-off" to its shareholders, with "30,000,000" Shares outstanding
      And the "makes_company_reporting" of the "webb_distributions" record "the Webb spin-off" is "unknown"
      When the deal is checked
      Then "spa.5.4" is "unknown"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the covenant
      Given on "2004-03-01" Webb distributes "the Webb spin-off" to its shareholders, making the Company a reporting company, with "30,000,000" Shares outstanding
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.4" in writing on "2004-03-01"
      When the deal is checked
      Then "spa.5.4" is "waived"
