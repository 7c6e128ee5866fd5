"""Common English first names with a clear gender, for "he"/"she" resolution.

A document often names a person once in full ("Carly Fiorina") and then only by surname,
with no title or pronoun that shows the gender; "she said" must not then go to the
nearest "David Gorski". This short hand-written list covers frequent given names only;
names used for both genders (Jordan, Taylor, Pat, Chris, Jean …) are left out on purpose.
"""

from __future__ import annotations

_MALE = frozenset("""
Aaron Adam Adrian Alan Albert Alex Alexander Alfred Allen Andrew Andy Anthony Antonio Arthur
Barack Barry Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Brad Bradley Brandon Brett Brian
Bruce Bryan Carl Carlos Charles Charlie Chuck Clarence Craig Dan Daniel Danny Darrell Dave David
Dennis Dick Don Donald Doug Douglas Duncan Dylan Earl Ed Eddie Edward Eric Ernest Eugene Frank
Fred Frederick Gary George Gerald Glenn Gordon Greg Gregory Harold Harry Henry Howard Hugh Ian
Isaac Jack Jacob Jake James Jason Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John
Johnny Jon Jonathan Jose Joseph Josh Joshua Juan Justin Keith Ken Kenneth Kevin Larry Lawrence
Lee Leon Louis Luis Luke Marco Mark Martin Matt Matthew Michael Mike Mitch Nathan Neil
Nicholas Nick Paul Peter Phil Philip Ralph Randy Ray Raymond Richard Rick Rob Robert
Roger Ron Ronald Roy Rudy Russell Ryan Sam Samuel Scott Sean Seth Stephen Steve Steven Ted
Terry Thomas Tim Timothy Todd Tom Tony Victor Vincent Walter Wayne William Willie Zachary
""".split())

_FEMALE = frozenset("""
Abigail Alice Alicia Alison Allison Amanda Amber Amy Andrea Angela Ann Anna Anne Annie Barbara
Betty Beverly Brenda Carol Caroline Carolyn Catherine Cheryl Christina Christine Claire
Cynthia Dana Daniela Deborah Debbie Debra Denise Diana Diane Donna Doris Dorothy Elaine Elizabeth
Ellen Emily Emma Erin Evelyn Frances Gloria Grace Hannah Heather Heidi Helen Hillary Irene Jane
Janet Janice Jennifer Jessica Jill Joan Joyce Judith Judy Julia Julie Karen Kate Katherine
Kathleen Kathy Katie Kelly Kimberly Laura Lauren Linda Lisa Lois Lori Louise Lucy Madeleine
Margaret Maria Marie Marilyn Martha Mary Megan Melanie Melissa Michelle Monica
Nancy Natalie Nicole Nikki Olivia Pamela Patricia Paula Peggy Rachel Rebecca Rose Ruth Sally
Samantha Sandra Sara Sarah Sharon Shirley Sophia Stephanie Susan Suzanne Teresa Theresa Tina
Valerie Victoria Virginia Wendy
""".split())


def first_name_gender(word: str) -> str | None:
    """"m"/"f" for a first name in the list, else None."""
    if word in _MALE:
        return "m"
    if word in _FEMALE:
        return "f"
    return None
