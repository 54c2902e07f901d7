-- Wrong passwords per username, shared by every node of a cluster (the sign-in lock): how many since when,
-- and until when sign-in is locked. Only usernames an account could have are counted (40 characters at most).
create table sign_in_failure (
    username      varchar(40)               not null primary key,
    failures      integer                   not null,
    since         timestamp(6) with time zone  not null,
    locked_until  timestamp(6) with time zone
);
