@jabber_series_d
Feature: SPA §6.6(a)(ii): no liability for a matter that is an Investor's willful breach
  "The Company shall have no liability to an Indemnified Party for matters related to this Agreement or the
  subject matter hereof ... (ii) as a result of any occurrence, matter or thing the occurrence, existence or
  non-disclosure of which constitutes a willful breach or failure of any representation, warranty, covenant or
  other obligation of any Investor hereunder". Read literally, "any Investor" includes an Investor other than
  the claimant; the setting indemnity_willful_breach may limit it to the claimant's own breach (the catalog's
  recommendation). Claims and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And no indemnity claim has arisen
    And "INTEL" claims indemnity for "a breach of §3.1(k)" for "$100,000.00", the Losses incurred on "2004-03-01", the facts discovered on "2004-03-01", notice given on "2004-03-10"

  @spa_6_6_a_ii
  Rule: §6.6(a)(ii) A matter that is an Investor's willful breach is not indemnifiable

    Scenario: A matter that is no Investor's willful breach
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.ii" is "met" for "INTEL"
      And the reason for "spa.6.6.a.ii" for "INTEL" mentions "willful breach or failure of a representation, warranty, covenant or other obligation of any Investor"

    Scenario Outline: The claimant's own willful breach bars its claim under either reading
      Given the matter "INTEL" claims for "a breach of §3.1(k)" is a willful breach by "INTEL"
      And the setting "indemnity_willful_breach" is "<reading>"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.ii" is "not met" for "INTEL"

      Examples:
        | reading       |
        | any_investor  |
        | claimant_only |

    Scenario Outline: Another Investor's willful breach bars the claim only read literally
      Given the matter "INTEL" claims for "a breach of §3.1(k)" is a willful breach by "FTTI"
      And the setting "indemnity_willful_breach" is "<reading>"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.ii" is "<status>" for "INTEL"
      And "spa.6.6.a.ii" used the setting "indemnity_willful_breach" as "<reading>"

      Examples:
        | reading       | status  |
        | any_investor  | not met |
        | claimant_only | met     |

    Scenario: Left to counsel, another Investor's willful breach leaves the claim unknown
      Given the matter "INTEL" claims for "a breach of §3.1(k)" is a willful breach by "FTTI"
      And the setting "indemnity_willful_breach" is "unresolved"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.ii" is "unknown" for "INTEL"
      And the working for "spa.6.6.a.ii" for "INTEL" mentions "not met under any_investor, met under claimant_only"

    Scenario: When it is not known whose willful breach the matter is, the limit is unknown
      Given the "willful_breach_by" of the "indemnity_claims" record "INTEL: a breach of §3.1(k)" is "unknown"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.ii" is "unknown" for "INTEL"
      And "spa.6.6.a.ii" for "INTEL" is missing "indemnity_claims[INTEL: a breach of §3.1(k)].willful_breach_by"

    Scenario: An Investor with no claim has nothing for the limit to apply to (willful breach)
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.ii" is "not applicable" for "WEBB"

    Scenario: The limit outlives a Qualified Public Offering
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And the matter "INTEL" claims for "a breach of §3.1(k)" is a willful breach by "INTEL"
      When the deal is checked as of "2004-07-15"
      Then "spa.1.1.aa" is "met"
      And "spa.6.6.a.ii" is "not met" for "INTEL"
      And the reason for "spa.6.6.a.ii" for "INTEL" mentions "Intel's claim ($100,000.00) is for a matter that is a willful breach or failure of a representation, warranty, covenant or other obligation of Intel"

    @waiver
    Scenario: The Company and every Investor may waive the limit in writing under §7.9
      Given the matter "INTEL" claims for "a breach of §3.1(k)" is a willful breach by "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.6.6.a.ii" in writing on "2004-03-20"
      When the deal is checked as of "2004-04-01"
      Then "spa.6.6.a.ii" is "waived" for "INTEL"
