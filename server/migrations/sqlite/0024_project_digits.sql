-- The digits a project's interface writes numbers in (issue 24): NULL each language's
-- usual digits (CLDR), 0 Latin digits in every language, 1 the script's own. Phones get it
-- in their bundle.
ALTER TABLE projects ADD COLUMN native_digits INTEGER;
