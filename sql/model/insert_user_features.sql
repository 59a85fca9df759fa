insert into features.user_features by name select * from _user_features
