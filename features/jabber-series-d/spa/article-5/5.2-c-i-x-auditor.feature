@jabber_series_d
Feature: SPA §5.2(c)(i)(x): the annual statements audited by a qualified firm, approved by a majority of the Shares
  The annual statements are to be "audited and certified by a "Big Four" accounting firm or other
  independent public accounting firm of national standing selected by the Company with the approval of the
  holders of a majority of the outstanding Shares". Each delivery of audited annual statements to an
  Investor entitled to them names the firm; the firm's selection, made by the delivery, is approved by the
  holders of more than half of the Shares then outstanding, exactly (exactly half is not a majority). In the
  example KPMG audited 2003, selected in June 2003 with the written approval of FTTI and Intel, who held
  22,767,060 of the 26,767,060 Shares. Whether a "Big Four" firm also needs the approval is the setting
  auditor_approval_big_four (default: yes). Whether a firm is of national standing is a judgement of a party
  to the Agreement. Waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_5_2_c_i_auditor
  Rule: §5.2(c)(i)(x) A "Big Four" or national firm, selected with the approval of a majority of the outstanding Shares

    Scenario: KPMG, approved by the holders of 22,767,060 of the 26,767,060 Shares, audited 2003: complied
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "complied" for every party
      And the reason for "spa.5.2.c.i.auditor" for "FTTI" mentions "with the approval of the holders of 22,767,060 of the 26,767,060 outstanding Shares, more than half"
      And "spa.5.2.c.i.auditor" used the setting "auditor_approval_big_four" as "every_firm"

    @boundary
    Scenario Outline: A national firm approved by FTTI alone: exactly half of the Shares is not a majority, one Share more is
      Given the Company selects "Smith & Partners" on "2003-06-15" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "26,767,060" Shares outstanding
      And Investors "FTTI" approve "the selection of Smith & Partners" on "2003-06-10" holding "<held>" Shares
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "FTTI" on "2004-03-26", audited and certified by "Smith & Partners"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "<status>" for "FTTI"
      And "spa.5.2.c.i.auditor" is "complied" for "INTEL"
      And "spa.5.2.c.i.annual" is "complied" for "FTTI"

      Examples:
        | held       | status   |
        | 13,383,530 | breached |
        | 13,383,531 | complied |

    Scenario: Statements certified by a firm without a majority's approval: breached on the day they were delivered
      Given the Company selects "Smith & Partners" on "2003-06-15" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "26,767,060" Shares outstanding
      And Investors "FTTI" approve "the selection of Smith & Partners" on "2003-06-10" holding "12,259,180" Shares
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "FTTI" on "2004-03-26", audited and certified by "Smith & Partners"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" for "FTTI" was breached on "2004-03-26"
      And the reason for "spa.5.2.c.i.auditor" for "FTTI" mentions "whose selection the holders of only 12,259,180 of the 26,767,060 outstanding Shares had approved by the delivery"

    Scenario Outline: A "Big Four" firm nobody approved: a breach if the approval qualifies both kinds of firm, not if only the other
      Given the Company selects "Deloitte & Touche" on "2003-06-15" to audit its annual statements, a "Big Four" firm, with "26,767,060" Shares outstanding
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "WEBB" on "2004-03-26", audited and certified by "Deloitte & Touche"
      And the setting "auditor_approval_big_four" is "<reading>"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "<status>" for "WEBB"

      Examples:
        | reading          | status   |
        | every_firm       | breached |
        | other_firms_only | complied |
        | unresolved       | unknown  |

    Scenario: Left for counsel, the question is quoted with what each reading gives
      Given the Company selects "Deloitte & Touche" on "2003-06-15" to audit its annual statements, a "Big Four" firm, with "26,767,060" Shares outstanding
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "WEBB" on "2004-03-26", audited and certified by "Deloitte & Touche"
      And the setting "auditor_approval_big_four" is "unresolved"
      When the deal is checked as of "2004-04-15"
      Then the working for "spa.5.2.c.i.auditor" for "WEBB" mentions "breached under every_firm, complied under other_firms_only"

    Scenario: A firm not of national standing does not qualify, whatever the approvals
      Given the Company selects "Smith & Partners" on "2003-06-15" to audit its annual statements, neither a "Big Four" firm nor one of national standing as asserted by "INTEL", with "26,767,060" Shares outstanding
      And Investors "FTTI, INTEL" approve "the selection of Smith & Partners" on "2003-06-10" holding "12,259,180" and "10,507,880" Shares
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "INTEL" on "2004-03-26", audited and certified by "Smith & Partners"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" for "INTEL" was breached on "2004-03-26"
      And the reason for "spa.5.2.c.i.auditor" for "INTEL" mentions "nor an independent public accounting firm of national standing"

    Scenario: Whether the firm is of national standing has not been judged: unknown
      Given the Company selects "Smith & Partners" on "2003-06-15" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "26,767,060" Shares outstanding
      And the "national_standing" of the "auditor_selections" record "the selection of Smith & Partners" is "unknown"
      And Investors "FTTI, INTEL" approve "the selection of Smith & Partners" on "2003-06-10" holding "12,259,180" and "10,507,880" Shares
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "INTEL" on "2004-03-26", audited and certified by "Smith & Partners"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "unknown" for "INTEL"
      And "spa.5.2.c.i.auditor" for "INTEL" is missing "auditor_selections[the selection of Smith & Partners].national_standing"

    Scenario: Approvals given after the statements were delivered do not count for them
      Given the Company selects "Smith & Partners" on "2003-06-15" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "26,767,060" Shares outstanding
      And Investors "FTTI, INTEL" approve "the selection of Smith & Partners" on "2004-03-30" holding "12,259,180" and "10,507,880" Shares
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "FTTI" on "2004-03-26", audited and certified by "Smith & Partners"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" for "FTTI" was breached on "2004-03-26"
      And the reason for "spa.5.2.c.i.auditor" for "FTTI" mentions "whose selection no holder of the Shares had approved by the delivery"

    Scenario: A firm the Company selected only after the delivery was not "selected by the Company" for it
      Given the Company selects "Smith & Partners" on "2004-04-01" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "26,767,060" Shares outstanding
      And Investors "FTTI, INTEL" approve "the selection of Smith & Partners" on "2003-06-10" holding "12,259,180" and "10,507,880" Shares
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "FTTI" on "2004-03-26", audited and certified by "Smith & Partners"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" for "FTTI" was breached on "2004-03-26"
      And the reason for "spa.5.2.c.i.auditor" for "FTTI" mentions "certified by a firm the Company had not selected by the time of the delivery"

    Scenario Outline: Holders that are not Investors count towards the majority too: 16,383,531 of 32,767,060 Shares is one more than half
      Given the Company selects "Smith & Partners" on "2003-12-20" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "32,767,060" Shares outstanding
      And Investors "FTTI" approve "the selection of Smith & Partners" on "2003-12-20" holding "12,259,180" Shares
      And holders that are not Investors, holding "<others>" Shares, approve the selection of "Smith & Partners"
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "FTTI" on "2004-03-26", audited and certified by "Smith & Partners"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "<status>" for "FTTI"
      And the reason for "spa.5.2.c.i.auditor" for "FTTI" mentions "<reason>"

      Examples:
        | others    | status   | reason                                                                                              |
        | 0         | breached | the holders of only 12,259,180 of the 32,767,060 outstanding Shares                                 |
        | 4,124,350 | breached | the holders of only 16,383,530 of the 32,767,060 outstanding Shares                                 |
        | 4,124,351 | complied | with the approval of the holders of 16,383,531 of the 32,767,060 outstanding Shares, more than half |

    Scenario: Statements that were not audited and certified are the annual row's failure, not the auditor's
      Given the Company delivers the "annual statements" for the period ending "2003-12-31" to "WEBB" on "2004-03-26", not audited and certified
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "complied" for "WEBB"
      And the reason for "spa.5.2.c.i.auditor" for "WEBB" mentions "No audited annual statements have been delivered to Webb yet"
      And "spa.5.2.c.i.annual" for "WEBB" was breached on "2004-03-31"

    Scenario: Without the record of the auditors' selection, the covenant is unknown
      Given the fact "auditor_selections" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "unknown" for "FTTI"
      And "spa.5.2.c.i.auditor" for "FTTI" is missing "auditor_selections"

    Scenario: Intel, below 15% of its Shares, is owed no annual statements, and so nothing about their auditor
      Given "INTEL" holds "1,576,181" Shares on "2004-01-10"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "not applicable" for "INTEL"
      And the reason for "spa.5.2.c.i.auditor" for "INTEL" mentions "Intel holds 1,576,181 Shares, directly or indirectly, by its holdings statement of January 10, 2004: less than the 15% of the 10,507,880 Shares it purchased at the Closing (1,576,182 Shares)"

    Scenario: Before the Closing nothing is owed (auditor)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.c.i.auditor" is "not yet due" for "WEBB"

    Scenario: A Qualified Public Offering ends the covenant; the delivery certified by an unapproved firm stays on the record
      Given the Company selects "Smith & Partners" on "2003-06-15" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "26,767,060" Shares outstanding
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "FTTI" on "2004-03-26", audited and certified by "Smith & Partners"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.c.i.auditor" for "FTTI" ended by "a Qualified Public Offering"
      And the working for "spa.5.2.c.i.auditor" for "FTTI" mentions "it was breached on 2004-03-26, before it ended"

    Scenario: Every Investor and the Company waive the choice of auditor in writing (§7.9)
      Given the Company selects "Smith & Partners" on "2003-06-15" to audit its annual statements, a firm of national standing as asserted by "FTTI", with "26,767,060" Shares outstanding
      And the Company delivers the "annual statements" for the period ending "2003-12-31" to "FTTI" on "2004-03-26", audited and certified by "Smith & Partners"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.c.i.auditor" in writing on "2004-04-01"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.c.i.auditor" is "waived" for "FTTI"
