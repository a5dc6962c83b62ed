-- A participant may be 200 characters long; H2 counts UTF-16 code units, so 200 characters outside the
-- Basic Multilingual Plane (emoji, rare CJK) need 400.
alter table assessment alter column participant set data type varchar(400);
