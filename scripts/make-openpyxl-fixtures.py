#!/usr/bin/python3
"""Makes the workbook fixtures that only another tool can write (issue 14): the sample workbook re-saved by openpyxl
(cell notes and all, which exceljs' model reader could not open), and the same with formulas saved without a
calculated value (openpyxl does not calculate). Synthetic learners only (the sample's). Run from the repository root:
    /usr/bin/python3 scripts/make-openpyxl-fixtures.py   (Debian: apt-get install -y python3-openpyxl)
"""
import openpyxl

SAMPLE = 'assets/sample/ILR-Sample-2526.xlsx'
OUT = 'test/fixtures/xlsx/'

wb = openpyxl.load_workbook(SAMPLE)
wb.save(OUT + 'sample-2526-openpyxl.xlsx')

wb = openpyxl.load_workbook(SAMPLE)
ws = wb['Learner']
col = {c.value: c.column_letter for c in ws[1]}
# Row 2 (T0001): a text field and a number field as formulas; openpyxl stores no result for either.
ws[col['AddLine2'] + '2'] = '="Flat "&"2"'
ws[col['PlanEEPHours'] + '2'] = '=10*2'
wb.save(OUT + 'uncalculated-formulas-openpyxl.xlsx')
