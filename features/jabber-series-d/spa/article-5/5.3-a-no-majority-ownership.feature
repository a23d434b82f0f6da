@jabber_series_d
Feature: SPA §5.3(a): no Investor above 49% unless every other Investor approved it in writing beforehand
  "Unless previously approved in writing by each of the Investors, no Investor will engage in any
  transaction or enter into any agreement, contract or arrangement if, as a result of such transaction,
  agreement, contract or arrangement, such Investor would own, either directly or indirectly, more than 49%
  of the Company's authorized share capital (calculated either by ownership percentage or voting power)."
  Each holdings statement is the result of a transaction on its date. Read literally the ownership
  percentage is of the 175,000,000 shares the Restated Certificate authorizes (49% is 85,750,000 shares);
  the setting ownership_49_denominator measures it against the shares outstanding instead. Voting power is
  over the votes of all outstanding shares. After the Closing 62,021,029 shares were outstanding (§3.1(f):
  35,253,969 of Common Stock and the 26,767,060 Shares of the example); the later holdings are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And the as-of date is "2004-06-30"
    And no Investor has approved anything
    And on "2003-03-18", after "the Closing", "FTTI" owns "22,710,853" of "62,021,029" shares of capital stock with "22,710,853" of "62,021,029" votes
    And on "2003-03-18", after "the Closing", "INTEL" owns "10,507,880" of "62,021,029" shares of capital stock with "10,507,880" of "62,021,029" votes
    And on "2003-03-18", after "the Closing", "WEBB" owns "4,000,000" of "62,021,029" shares of capital stock with "4,000,000" of "62,021,029" votes

  @spa_5_3_a
  Rule: §5.3(a) An Investor's transaction that takes it above 49% needs the prior written approval of each other Investor

    Scenario: After the Closing no Investor owns more than 49%
      When the deal is checked
      Then "spa.5.3.a" is "complied" for every party
      And the reason for "spa.5.3.a" for "INTEL" mentions "No transaction has taken Intel above 49% of the Company's authorized share capital or of the voting power: by its latest holdings statement, of March 18, 2003, it owns 10,507,880 shares of the Company's capital stock, not more than 85,750,000 (49% of the 175,000,000 authorized shares)"
      And the working for "spa.5.3.a" for "FTTI" mentions "exceeds_49_percent[FTTI] (SPA §5.3(a)) = false"

    @boundary
    Scenario: FTTI at exactly 49% of the authorized share capital needs no approval
      Given on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "complied" for "FTTI"
      And the reason for "spa.5.3.a" for "FTTI" mentions "it owns 85,750,000 shares of the Company's capital stock, not more than 85,750,000"

    @boundary
    Scenario: One share more, with no approval: FTTI breaches the covenant by its own transaction
      Given on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "breached" for "FTTI"
      And the reason for "spa.5.3.a" for "FTTI" mentions "By its holdings statement of January 10, 2004, FTTI owns 85,750,001 shares of the Company's capital stock, more than the 85,750,000 that are 49% of the Company's authorized share capital of 175,000,000 shares, by a transaction of its own that no other Investor had approved in writing beforehand"
      And "spa.5.3.a" is "complied" for "INTEL"
      And the reason for "spa.5.3.a" for "FTTI" mentions "the failure is FTTI's own"
      And the working for "spa.5.3.a" for "FTTI" mentions "exceeds_49_percent[FTTI] (SPA §5.3(a)) = true"

    Scenario: One share more, approved in writing beforehand by Intel and Webb
      Given Investors "INTEL, WEBB" approve "FTTI's purchase from Webb" in writing on "2004-01-05"
      And on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "complied" for "FTTI"
      And the reason for "spa.5.3.a" for "FTTI" mentions "had been approved in writing beforehand by each of the other Investors"

    Scenario: Intel's approval alone is not the approval of each of the Investors
      Given Investors "INTEL" approve "FTTI's purchase from Webb" in writing on "2004-01-05"
      And on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "breached" for "FTTI"
      And the reason for "spa.5.3.a" for "FTTI" mentions "by a transaction of its own that not every other Investor had approved in writing beforehand"

    Scenario: An approval that is not in writing does not count
      Given Investors "INTEL, WEBB" approve "FTTI's purchase from Webb" on "2004-01-05"
      And on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "breached" for "FTTI"

    @boundary
    Scenario: Written approvals given after the transaction are not prior, and do not count
      Given Investors "INTEL, WEBB" approve "FTTI's purchase from Webb" in writing on "2004-01-11"
      And on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "breached" for "FTTI"

    @boundary
    Scenario: More than 49% of the voting power is enough to need the approval
      Given on "2004-01-10", after "the voting agreement", "INTEL" owns "20,000,000" of "120,000,000" shares of capital stock with "58,800,001" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "breached" for "INTEL"
      And the reason for "spa.5.3.a" for "INTEL" mentions "Intel holds 58,800,001 of the 120,000,000 votes of the outstanding shares, more than the 58,800,000 that are 49% of the voting power"

    Scenario: A holding that went above 49% without approval and came back down was still a breach
      Given on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      And on "2004-04-01", after "FTTI's sale to Intel", "FTTI" owns "60,000,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "breached" for "FTTI"
      And the reason for "spa.5.3.a" for "FTTI" mentions "A transaction of its own took FTTI above 49% of the Company's authorized share capital or of the voting power without the prior written approval of each of the other Investors"
      And the working for "spa.5.3.a" for "FTTI" mentions "exceeds_49_percent[FTTI] (SPA §5.3(a)) = false"

    Scenario: Half the outstanding shares is under 49% of the authorized share capital, read literally
      Given on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "60,000,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      When the deal is checked
      Then "spa.5.3.a" is "complied" for "FTTI"
      And "spa.5.3.a" used the setting "ownership_49_denominator" as "authorized"

    Scenario: Measured against the shares outstanding, half of them is more than 49%
      Given on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "60,000,000" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      And the setting "ownership_49_denominator" is "outstanding"
      When the deal is checked
      Then "spa.5.3.a" is "breached" for "FTTI"
      And the working for "spa.5.3.a" for "FTTI" mentions "exceeds_49_percent_of_outstanding[FTTI] (SPA §5.3(a)) = true"

    Scenario: When Webb's votes after a transaction are not known, whether it needed approval is unknown
      Given on "2004-01-10", after "Webb's purchase", "WEBB" owns "10,000,000" of "120,000,000" shares of capital stock with "10,000,000" of "120,000,000" votes
      And the "votes" of the "holdings" record "WEBB" is "unknown"
      When the deal is checked
      Then "spa.5.3.a" is "unknown" for "WEBB"

    @waiver
    Scenario: Under §7.9 the Company and every Investor together may waive the covenant for FTTI
      Given on "2004-01-10", after "FTTI's purchase from Webb", "FTTI" owns "85,750,001" of "120,000,000" shares of capital stock with "40,000,000" of "120,000,000" votes
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.3.a" in writing on "2004-02-01"
      When the deal is checked
      Then "spa.5.3.a" is "waived" for "FTTI"
