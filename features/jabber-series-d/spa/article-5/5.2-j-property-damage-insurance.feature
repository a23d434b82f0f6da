@jabber_series_d
Feature: SPA §5.2(j): the Company keeps property damage insurance sufficient for its assets and business
  "The Company shall obtain and maintain property damage insurance in an amount and type sufficient to
  provide the coverage reasonably necessary to protect the assets and business of the Company." The
  Agreement names no amount: what is reasonably necessary is a judgement of a party to the Agreement.
  Insurance short of it, or none, is a breach from the day it was so. From the Closing Date until a
  Qualified Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_5_2_j
  Rule: §5.2(j) Property damage insurance

    Scenario: The fire policy is not renewed: breached from the day the cover stopped
      Given from "2004-02-01", by "the fire policy not renewed", the Company's property damage insurance falls short of the coverage reasonably necessary to protect its assets and business, as asserted by "FTTI"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.j" was breached on "2004-02-01"
      And the reason for "spa.5.2.j" mentions "The Company's property damage insurance fell short, as judged, of the amount and type sufficient"

    Scenario: A lower limit that still provides the coverage reasonably necessary: complied
      Given from "2004-02-01", by "the lower limit on the Denver policy", the Company's property damage insurance still provides the coverage reasonably necessary to protect its assets and business, as asserted by "INTEL"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.j" is "complied"
      And the reason for "spa.5.2.j" mentions "provides the coverage reasonably necessary to protect its assets and business"

    Scenario: Whether the cover is sufficient is not judged: unknown
      Given from "2004-02-01", by "the fire policy not renewed", the Company's property damage insurance falls short of the coverage reasonably necessary to protect its assets and business, as asserted by "FTTI"
      And the "insufficient" of the "insurance_shortfalls" record "the fire policy not renewed" is "unknown"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.j" is "unknown"

    Scenario: Before the Closing Date nothing is owed under §5.2(j)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.j" is "not yet due"

    Scenario: A Qualified Public Offering ends the insurance covenant, the gap in cover kept on the record
      Given from "2004-02-01", by "the fire policy not renewed", the Company's property damage insurance falls short of the coverage reasonably necessary to protect its assets and business, as asserted by "FTTI"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.j" ended by "a Qualified Public Offering"
      And the covenants summary says "spa.5.2.j (§5.2(j)) on 2004-02-01, before it ended on 2004-06-30"

    Scenario: Waived in writing by every Investor and the Company (insurance)
      Given from "2004-02-01", by "the fire policy not renewed", the Company's property damage insurance falls short of the coverage reasonably necessary to protect its assets and business, as asserted by "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.j" in writing on "2004-02-10"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.j" is "waived"
