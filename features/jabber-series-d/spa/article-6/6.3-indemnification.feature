@jabber_series_d
Feature: SPA §6.3: the Losses the Company indemnifies each Investor's Indemnified Parties against
  "The Company will indemnify and defend each Investor and all of their officers, directors, employees,
  agents and Affiliates (collectively, the "Indemnified Parties") against ... all Losses incurred ... as a
  result of, arising out of, or relating to (i) the execution, delivery, performance or enforcement of this
  Agreement, ... (ii) the inaccuracy of any representation or warranty of the Company ..., (iii) the breach
  of any covenant or agreement of the Company ..., or (iv) any investigation or proceeding by any Person not a
  party hereto ...; provided that, the Company shall have no obligation under this Section 6.3 to the extent
  of Losses that are determined pursuant to a final and non-appealable judicial ruling, order or judgment to
  be a result of an Indemnified Party's gross negligence or willful misconduct." Per Investor ("separate
  obligations"), over every claim of its Indemnified Parties. No cap, basket or deductible. The limits of
  §6.6 and the notice of §6.4 are their own rows. Claims and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen

  @spa_6_3_scope
  Rule: §6.3 Losses under one of the four heads, not found by a final ruling to result from the Indemnified Party's gross negligence or willful misconduct

    Scenario Outline: A claim under each head of §6.3 is covered: <what>
      Given "INTEL" claims indemnity for "<what>" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.3.scope" is "met" for "INTEL"
      And the working for "spa.6.3.scope" for "INTEL" mentions "indemnity_claimed[INTEL] (SPA §6.3) = $100,000.00"

      Examples:
        | what                                              |
        | the enforcement of the Agreement                  |
        | a breach of §3.1(k)                               |
        | a breach of the covenant in §5.2(c)               |
        | the investigation by a state securities regulator |

    Scenario: A claim under none of the heads is not covered
      Given "INTEL" claims indemnity for "a fall in the price of the Shares, outside §6.3" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.3.scope" is "not met" for "INTEL"
      And the reason for "spa.6.3.scope" for "INTEL" mentions "Intel claims $100,000.00 for Losses under none of the four heads of §6.3"
      And the working for "spa.6.3.scope" for "INTEL" mentions "INTEL: a fall in the price of the Shares, outside §6.3"

    Scenario Outline: A final and non-appealable ruling that the Losses result from the Indemnified Party's gross negligence takes them out, from the day it is final
      Given "INTEL" claims indemnity for "the investigation by a state securities regulator" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      And a final and non-appealable ruling of "2004-09-01" determined the Losses "INTEL" claims for "the investigation by a state securities regulator" to be a result of its gross negligence or willful misconduct
      When the deal is checked as of "<as of>"
      Then "spa.6.3.scope" is "<status>" for "INTEL"

      Examples:
        | as of      | status  |
        | 2004-08-31 | met     |
        | 2004-09-01 | not met |

    Scenario: The Investors are indemnified separately: Intel's claim is Intel's row alone
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      When the deal is checked as of "2004-04-01"
      Then the outcomes are:
        | rule          | party | status         |
        | spa.6.3.scope | INTEL | met            |
        | spa.6.3.scope | FTTI  | not applicable |
        | spa.6.3.scope | WEBB  | not applicable |

    Scenario: When what the Losses result from is not recorded, whether §6.3 covers them is unknown
      Given "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      And the "arises_from" of the "indemnity_claims" record "INTEL: a breach of §3.1(k)" is "unknown"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.3.scope" is "unknown" for "INTEL"
      And "spa.6.3.scope" for "INTEL" is missing "indemnity_claims[INTEL: a breach of §3.1(k)].arises_from"

    Scenario: The indemnity survives a Qualified Public Offering and the termination of the Agreement
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And "WEBB" claims indemnity for "the investigation by a state securities regulator" for "$60,000.00", the Losses incurred on "2006-05-01", the facts discovered on "2006-05-01", notice given on "2006-05-15"
      When the deal is checked as of "2006-06-01"
      Then "spa.1.1.aa" is "met"
      And "spa.6.3.scope" is "met" for "WEBB"
      And the reason for "spa.6.3.scope" for "WEBB" mentions "Webb's claim for $60,000.00 is for Losses arising out of an investigation or proceeding by a person not a party, because of the Agreement (§6.3(iv))"

    @waiver
    Scenario: The Company and every Investor may extend the indemnity in writing under §7.9
      Given "INTEL" claims indemnity for "a fall in the price of the Shares, outside §6.3" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.3.scope" in writing on "2004-03-20"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.3.scope" is "waived" for "INTEL"
