@jabber_series_d
Feature: One person or entity under several names
  The documents name the same director, officer or Investor in different words. SPA §4.1(k) names
  "William Cullen" and "Claude Perdrillat"; the Voting Agreement writes "Bill Cullen" (VA §2.3(b)) and
  "Claude Pedrillat" (VA §2.2(b)). §4.1(q)(v) asks for "the chief executive officer", a signature block
  says "President and Chief Executive Officer". FTTI, Intel and Webb are defined "and its Affiliates"
  (SPA §1.1(o), (s), (oo)); FT and the Company are not. The spellings and titles are declared in the
  policy, the Affiliates in the deal state; a name declared nowhere is not the person, office or party.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_4_1_k
  Rule: A director may be written as any document of the deal spells the name

    Scenario: Bill Cullen of the Voting Agreement is the William Cullen of §4.1(k)
      Given the fact "board.directors_at_closing" is "Bill Cullen, Rick Jennewine, Claude Pedrillat, Stephane Couvreur, Robert Balgley, Perry Evans, Second Independent Director"
      When the deal is checked
      Then "spa.4.1.k" is "met" for every party
      And the facts consulted for "spa.4.1.k" for "FTTI" mention "Bill Cullen read as William Cullen (VA §2.3(b))"
      And the facts consulted for "spa.4.1.k" for "FTTI" mention "Claude Pedrillat read as Claude Perdrillat (VA §2.2(b))"

    Scenario: A spelling no document uses is not the director
      Given the fact "board.directors_at_closing" is "B. Cullen, Rick Jennewine, Claude Perdrillat, Stephane Couvreur, Robert Balgley, Perry Evans, Second Independent Director"
      When the deal is checked
      Then "spa.4.1.k" is "not met" for every party
      And the working for "spa.4.1.k" for "INTEL" mentions "in board.directors_at_closing is false"

    @errors
    Scenario: The same director under two spellings is refused
      Given the fact "board.directors_at_closing" is "William Cullen, Bill Cullen, Claude Perdrillat, Stephane Couvreur, Robert Balgley, Perry Evans, Second Independent Director"
      When the deal is checked
      Then the check is refused because "William Cullen is listed twice"

  @spa_4_1_q_v
  Rule: An officer signs by office, whatever the title on the signature block

    Scenario: A certificate signed by the President and Chief Executive Officer and the Chief Financial Officer meets item (v)
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "President and Chief Executive Officer, Chief Financial Officer"
      When the deal is checked
      Then "spa.4.1.q.v" is "met" for every party
      And the facts consulted for "spa.4.1.q.v" for "WEBB" mention "President and Chief Executive Officer read as chief executive officer"

    Scenario: A certificate signed by the Secretary only does not meet item (v)
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "Secretary"
      When the deal is checked
      Then "spa.4.1.q.v" is "not met" for every party
      And "spa.4.1.q" is "not met" for every party

    Scenario: A title that holds none of the offices counts as none, and the explanation says so
      Given the "executed_by_officers" of the "documents" record "officers_certificate" is "CEO, Vice President"
      When the deal is checked
      Then "spa.4.1.q.v" is "not met" for "FTTI"
      And the facts consulted for "spa.4.1.q.v" for "FTTI" mention "Vice President kept as written: it is none of the officer roles"

  @spa_4_1_q_vi
  Rule: "Secretary" and "Assistant Secretary" are different offices, either of which may sign item (vi)

    Scenario: The Assistant Secretary's certificate meets item (vi)
      Given the "executed_by_officers" of the "documents" record "secretary_certificate" is "Assistant Secretary"
      When the deal is checked
      Then "spa.4.1.q.vi" is "met" for every party

  @spa_4_1_j
  Rule: An Affiliate counts as the Investor whose definition includes its Affiliates

    Scenario: The legal opinion delivered to an Affiliate of Intel was delivered to Intel
      Given "Intel Corporation" is an Affiliate of "INTEL"
      And the "delivered_to" of the "documents" record "legal_opinion" is "FTTI, Intel Corporation, WEBB"
      When the deal is checked
      Then "spa.4.1.j" is "met" for every party
      And the facts consulted for "spa.4.1.j" for "INTEL" mention "Intel Corporation, an Affiliate of INTEL, read as INTEL (SPA §1.1(s)"

    @errors
    Scenario: An entity nobody declared an Affiliate is not a party
      Given the "delivered_to" of the "documents" record "legal_opinion" is "FTTI, Intel Corporation, WEBB"
      When the deal is checked
      Then the check is refused because "is not a party of this deal"

    @errors
    Scenario: FT is defined without its Affiliates, so it has none
      Given "Orange S.A." is an Affiliate of "FT"
      When the deal is checked
      Then the check is refused because "the definition of FT does not include its Affiliates"

    @errors
    Scenario: One entity cannot be an Affiliate of two Investors
      Given "Intel Corporation" is an Affiliate of "INTEL"
      And "Intel Corporation" is an Affiliate of "WEBB"
      When the deal is checked
      Then the check is refused because "claimed as an Affiliate for both INTEL and WEBB"

  @spa_4_1_p
  Rule: Investments are one per Investor; an Affiliate's payment is its Investor's

    Scenario: FTTI's purchase paid through an Affiliate counts toward the minimum investment
      Given there is no "payments" record "FTTI"
      And "France Telecom S.A." is an Affiliate of "FTTI"
      And the "payments" record "France Telecom S.A." with:
        | field                        | value         |
        | cash                         | $3,499,995.89 |
        | webb_note_cancelled          | $0            |
        | other_indebtedness_cancelled | $0            |
        | expenses_withheld            | $0            |
        | paid_on                      | 2003-03-18    |
      When the deal is checked
      Then "spa.4.1.p" is "met" for every party

    @errors
    Scenario: An investment by FT, which is not an Investor, is refused
      Given "FT" invests "$1,000,000.00" in cash
      When the deal is checked
      Then the check is refused because "payments has one record per party of investors"
