@jabber_series_d
Feature: SPA §6.2: the covenants survive until no longer operative, and none outside Article 6 after a Qualified Public Offering
  "Subject to Sections 5.2 and 7.4 hereof, all covenants, agreements and obligations contained herein shall
  survive indefinitely until, by the respective terms, they are no longer operative." Each covenant's row
  ends by its own events; §7.4 ends the Agreement's rights and obligations, except Article 6, on the
  consummation of a Qualified Public Offering. The row says, as of the date, whether the covenants outside
  Article 6 still survive: it reads spa.7.4. A claim for the breach of a covenant made after that is barred
  (§6.6(a)(i)). Offerings and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_6_2
  Rule: §6.2 Covenants survive until no longer operative; §7.4 ends those outside Article 6 at a Qualified Public Offering

    Scenario: A year after the Closing, with no public offering, the covenants survive
      When the deal is checked
      Then "spa.6.2" is "met"
      And the reason for "spa.6.2" mentions "no Qualified Public Offering has ended them (§7.4)"

    Scenario Outline: A Qualified Public Offering closing on June 30, 2004 ends their survival that day
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "<as of>"
      Then "spa.6.2" is "<status>"

      Examples:
        | as of      | status  |
        | 2004-06-29 | met     |
        | 2004-06-30 | not met |

    Scenario: After the offering the representations of Article 6 still survive, and a claim still must be notified
      Given the deal state "examples/jabber-series-d-after-ipo.yaml"
      And "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-09-01", the facts discovered on "2004-09-01"
      When the deal is checked
      Then the outcomes are:
        | rule         | party | status  |
        | spa.6.2      |       | not met |
        | spa.7.4      |       | not met |
        | spa.6.1.reps |       | met     |
        And the reason for "spa.6.2" mentions "terminated on the consummation of a Qualified Public Offering on June 30, 2004 (§7.4); those of Article 6 survive"
      And "spa.6.4.notice" for "INTEL" is due on "2004-10-01"

    Scenario: A best-efforts offering is not a Qualified Public Offering: the covenants survive it
      Given a public offering closes on "2004-06-30" at "$5.00" a share raising "$50,000,000.00", best efforts underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.6.2" is "met"

    Scenario: With nothing known about public offerings, whether the covenants survive is unknown
      Given the fact "public_offerings" is unknown
      When the deal is checked as of "2004-07-15"
      Then "spa.6.2" is "unknown"
      And "spa.6.2" is missing "public_offerings"

    @waiver
    Scenario: The Company and every Investor waive it in writing under §7.9
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.2" in writing on "2004-07-01"
      When the deal is checked as of "2004-07-15"
      Then "spa.6.2" is "waived"
