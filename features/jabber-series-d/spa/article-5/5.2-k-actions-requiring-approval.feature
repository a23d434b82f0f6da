@jabber_series_d
Feature: SPA §5.2(k): acts of the Company that need the prior approval of Investors holding 66 2/3% of the Shares
  "The Company shall not do any of the following without the prior approval of Investors holding 66 2/3% of
  the Shares": (i) distribute its securities to the public "except in connection with a Qualified Public
  Offering", (ii) assist in, facilitate or recognize a transaction after which "any shareholder of the
  Company would own, either directly or indirectly, more than 49% of the Company's authorized share capital
  (calculated either by ownership percentage or voting power)", (iii) take an action, "other than in
  connection with a Qualified Public Offering", that would make it a reporting company under the Exchange
  Act. The tally is exact: the Shares the approving Investors hold, over the Shares outstanding, at least
  two thirds. An approval counts only if given on or before the act. Each covenant is complied with so far
  until an act without such an approval; its date is the date of the breach. In these scenarios 30,000,000
  Shares are outstanding, so two thirds is exactly 20,000,000 (illustrative, as are the acts and dates).

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And the as-of date is "2004-06-30"
    And the Company has taken none of the actions §5.2(k) restricts
    And no Investor has approved anything

  @spa_5_2_k_i
  Rule: §5.2(k)(i) No distribution of the Company's securities to the public without the prior approval of Investors holding 66 2/3% of the Shares

    Scenario: The Company has made no distribution to the public: complied with so far
      When the deal is checked
      Then "spa.5.2.k.i" is "complied"
      And the reason for "spa.5.2.k.i" mentions "The Company has engaged in no transaction, and entered into no agreement, for the distribution of its securities to the public"

    Scenario: With nothing recorded of the Company's acts, compliance is unknown
      Given the fact "company_actions" is unknown
      When the deal is checked
      Then "spa.5.2.k.i" is "unknown"
      And "spa.5.2.k.i" is missing "company_actions"

    @boundary
    Scenario: FTTI and Intel approve beforehand holding exactly two thirds of the Shares: enough
      Given Investors "FTTI, INTEL" approve "the listing" on "2004-02-01" holding "12,259,180" and "7,740,820" Shares
      And on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "complied"
      And the reason for "spa.5.2.k.i" mentions "On March 1, 2004 the Company engaged in a distribution of its securities to the public, not in connection with a Qualified Public Offering, with the prior approval of Investors holding 20,000,000 of the 30,000,000 Shares outstanding, at least the 20,000,000 that make 66 2/3%"
      And the working for "spa.5.2.k.i" mentions "12,259,180 (FTTI) + 7,740,820 (INTEL) + 0 (WEBB) = 20,000,000"

    @boundary
    Scenario: One Share less than two thirds is not enough, and the distribution breaches the covenant
      Given Investors "FTTI, INTEL" approve "the listing" on "2004-02-01" holding "12,259,180" and "7,740,819" Shares
      And on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "breached"
      And the reason for "spa.5.2.k.i" mentions "with the prior approval of Investors holding only 19,999,999 of the 30,000,000 Shares outstanding, fewer than the 20,000,000 that make 66 2/3%"

    @boundary
    Scenario: An approval given after the distribution is not prior, and does not count
      Given Investors "FTTI" approve "the listing" on "2004-02-01" holding "12,259,180" Shares
      And Investors "INTEL" approve "the listing" on "2004-03-02" holding "7,740,820" Shares
      And on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "breached"
      And the reason for "spa.5.2.k.i" mentions "Investors holding only 12,259,180 of the 30,000,000 Shares outstanding"

    Scenario: An approval given on the day of the distribution is prior enough
      Given Investors "FTTI, INTEL" approve "the listing" on "2004-03-01" holding "12,259,180" and "7,740,820" Shares
      And on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "complied"

    Scenario: An Investor that approves twice is counted once
      Given Investors "FTTI" approve "the listing" on "2004-01-15" holding "12,259,180" Shares
      And Investors "FTTI" approve "the listing" on "2004-02-01" holding "12,259,180" Shares
      And on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "breached"

    Scenario: An approval of another matter does not count
      Given Investors "FTTI, INTEL" approve "a private placement" on "2004-02-01" holding "12,259,180" and "10,507,880" Shares
      And on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "breached"
      And the reason for "spa.5.2.k.i" mentions "without the approval of any Investor beforehand; Investors holding at least 20,000,000 of the 30,000,000 Shares outstanding (66 2/3%) had to approve it"

    Scenario: A distribution in connection with a Qualified Public Offering needs no approval
      Given on "2004-06-30" the Company distributes its securities to the public in "the initial public offering", in connection with a Qualified Public Offering, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "complied"

    Scenario: When the date of an approval is not known, whether it was prior is unknown
      Given Investors "FTTI, INTEL" approve "the listing" on "2004-02-01" holding "12,259,180" and "7,740,820" Shares
      And the "approved_on" of the "investor_approvals" record "INTEL" is "unknown"
      And on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "unknown"

    Scenario: A distribution after the date checked is disregarded
      Given on "2004-07-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.i" is "complied"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the covenant for the distribution to the public
      Given on "2004-03-01" the Company distributes its securities to the public in "the listing", with "30,000,000" Shares outstanding
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.k.i" in writing on "2004-03-01"
      When the deal is checked
      Then "spa.5.2.k.i" is "waived"

  @spa_5_2_k_ii
  Rule: §5.2(k)(ii) No transaction after which a shareholder owns more than 49% of the authorized share capital without that approval

    Scenario: No such transaction: complied with so far
      When the deal is checked
      Then "spa.5.2.k.ii" is "complied"

    @boundary
    Scenario: A shareholder at exactly 49% of the 175,000,000 authorized shares needs no approval
      Given on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "85,750,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.ii" is "complied"
      And the reason for "spa.5.2.k.ii" mentions "The Company has assisted in, facilitated or recognized no transaction after which a shareholder would own more than 49% of the Company's authorized share capital"

    @boundary
    Scenario: One share more, without the approval, breaches the covenant
      Given on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.ii" is "breached"
      And the reason for "spa.5.2.k.ii" mentions "a shareholder would own 85,750,001 shares of its capital stock, more than the 85,750,000 that are 49% of the Company's authorized share capital of 175,000,000 shares; no Investor had approved it beforehand"

    Scenario: One share more, approved beforehand by Investors holding two thirds of the Shares
      Given Investors "FTTI, INTEL" approve "the Webb sale" on "2004-02-01" holding "12,259,180" and "7,740,820" Shares
      And on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.ii" is "complied"
      And the reason for "spa.5.2.k.ii" mentions "with the prior approval of Investors holding 20,000,000 of the 30,000,000 Shares outstanding, at least the 20,000,000 that make 66 2/3%"

    @boundary
    Scenario: More than 49% of the voting power alone needs the approval too
      Given on "2004-03-01" the Company recognizes "the voting trust", after which "INTEL" owns "20,000,000" of "120,000,000" shares of capital stock with "58,800,001" of "120,000,000" votes, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.ii" is "breached"
      And the reason for "spa.5.2.k.ii" mentions "a shareholder could cast 58,800,001 of the 120,000,000 votes of the outstanding shares, more than the 58,800,000 that are 49% of the voting power"

    Scenario: Half the outstanding shares is under 49% of the authorized share capital, read literally
      Given on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "60,000,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.ii" is "complied"
      And "spa.5.2.k.ii" used the setting "ownership_49_denominator" as "authorized"

    Scenario: Measured against the shares outstanding, half of them is more than 49% and needs the approval
      Given on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "60,000,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares outstanding
      And the setting "ownership_49_denominator" is "outstanding"
      When the deal is checked
      Then "spa.5.2.k.ii" is "breached"
      And the reason for "spa.5.2.k.ii" mentions "would own 60,000,000 shares of its capital stock, more than the 58,800,000 that are 49% of the Company's outstanding capital stock of 120,000,000 shares"

    Scenario: When the votes the shareholder would have are not known, whether it needed approval is unknown
      Given on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "60,000,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares outstanding
      And the "shareholder_votes_after" of the "company_actions" record "share_transaction" is "unknown"
      When the deal is checked
      Then "spa.5.2.k.ii" is "unknown"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the covenant for the transaction above 49%
      Given on "2004-03-01" the Company recognizes "the Webb sale", after which "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes, with "30,000,000" Shares outstanding
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.k.ii" in writing on "2004-03-01"
      When the deal is checked
      Then "spa.5.2.k.ii" is "waived"

  @spa_5_2_k_iii
  Rule: §5.2(k)(iii) No action making the Company a reporting company, other than in connection with a Qualified Public Offering, without that approval

    Scenario: No such action: complied with so far
      When the deal is checked
      Then "spa.5.2.k.iii" is "complied"

    Scenario: Becoming a reporting company without the approval breaches the covenant
      Given on "2004-03-01" the Company takes "the Form 10 filing", which makes it a reporting company, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.iii" is "breached"
      And the reason for "spa.5.2.k.iii" mentions "The Company took an action that would make it a reporting company under the Securities Exchange Act of 1934, other than in connection with a Qualified Public Offering, without the approval of any Investor beforehand"

    @boundary
    Scenario: Approved beforehand by Investors holding exactly two thirds of the Shares
      Given Investors "FTTI, INTEL" approve "the Form 10 filing" on "2004-02-01" holding "12,259,180" and "7,740,820" Shares
      And on "2004-03-01" the Company takes "the Form 10 filing", which makes it a reporting company, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.iii" is "complied"
      And the reason for "spa.5.2.k.iii" mentions "with the prior approval of Investors holding 20,000,000 of the 30,000,000 Shares outstanding"

    Scenario: In connection with a Qualified Public Offering no approval is needed
      Given on "2004-06-30" the Company takes "the Exchange Act registration", which makes it a reporting company, in connection with a Qualified Public Offering, with "30,000,000" Shares outstanding
      When the deal is checked
      Then "spa.5.2.k.iii" is "complied"

    Scenario: When it is not known whether the action is connected with a Qualified Public Offering, compliance is unknown
      Given on "2004-03-01" the Company takes "the Form 10 filing", which makes it a reporting company, with "30,000,000" Shares outstanding
      And the "in_connection_with_qpo" of the "company_actions" record "reporting_company" is "unknown"
      When the deal is checked
      Then "spa.5.2.k.iii" is "unknown"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the covenant for the reporting-company action
      Given on "2004-03-01" the Company takes "the Form 10 filing", which makes it a reporting company, with "30,000,000" Shares outstanding
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.k.iii" in writing on "2004-03-01"
      When the deal is checked
      Then "spa.5.2.k.iii" is "waived"
