//! Who may `/reload` and who may change the articles (`/article add|remove`): the bot's own checks,
//! made again after Discord's `default_member_permissions` (which a server admin can loosen). Pure:
//! takes the few facts it needs, not serenity types.

use serenity::model::Permissions;

use crate::reply::text;
use crate::settings::DiscordSettings;

/// The facts about one `/reload` invocation that decide whether it is allowed.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    /// The guild it came from; `None` in a DM.
    pub guild_id: Option<u64>,
    pub user_id: u64,
    /// The member's roles in that guild.
    pub role_ids: Vec<u64>,
    /// The member's resolved permissions in the channel, as Discord sent them.
    pub permissions: Option<Permissions>,
}

impl Caller {
    /// The facts of an interaction from `user_id` in `guild_id`, by `member` (none in a DM).
    pub fn of(
        guild_id: Option<u64>,
        user_id: u64,
        member: Option<&serenity::model::guild::Member>,
    ) -> Caller {
        Caller {
            guild_id,
            user_id,
            role_ids: member
                .map(|m| m.roles.iter().map(|r| r.get()).collect())
                .unwrap_or_default(),
            permissions: member.and_then(|m| m.permissions),
        }
    }
}

/// Why a `/reload` was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    DirectMessage,
    WrongGuild,
    NotAdmin,
    /// Not an operator: changing the articles needs a listed user or role, whatever the
    /// member's permissions in a server (a public bot's data is not any server admin's to change).
    NotOperator,
}

impl Refusal {
    /// The ephemeral text shown to the caller.
    pub fn message(self) -> &'static str {
        match self {
            Refusal::DirectMessage => text::RELOAD_IN_DM,
            Refusal::WrongGuild => text::RELOAD_WRONG_GUILD,
            Refusal::NotAdmin => text::RELOAD_NOT_ADMIN,
            Refusal::NotOperator => text::ARTICLE_NOT_OPERATOR,
        }
    }
}

/// Allows a reload from a configured guild (any guild when none is configured) by a member with
/// Manage Server or Administrator, a member holding an admin role, or a listed admin user.
pub fn may_reload(settings: &DiscordSettings, caller: &Caller) -> Result<(), Refusal> {
    let Some(guild) = caller.guild_id else {
        return Err(Refusal::DirectMessage);
    };
    if !settings.guild_ids.is_empty() && !settings.guild_ids.contains(&guild) {
        return Err(Refusal::WrongGuild);
    }
    let by_permission = caller
        .permissions
        .is_some_and(|p| p.contains(Permissions::MANAGE_GUILD) || p.administrator());
    let by_role = caller
        .role_ids
        .iter()
        .any(|r| settings.admin_role_ids.contains(r));
    let by_user = settings.admin_user_ids.contains(&caller.user_id);
    if by_permission || by_role || by_user {
        Ok(())
    } else {
        Err(Refusal::NotAdmin)
    }
}

/// Allows changing the articles to operators only: a listed admin user, or a member holding a
/// listed admin role, in a configured guild (any guild when none is configured), never in a DM.
/// Manage Server or Administrator alone is not enough.
pub fn may_change_data(settings: &DiscordSettings, caller: &Caller) -> Result<(), Refusal> {
    let Some(guild) = caller.guild_id else {
        return Err(Refusal::DirectMessage);
    };
    if !settings.guild_ids.is_empty() && !settings.guild_ids.contains(&guild) {
        return Err(Refusal::WrongGuild);
    }
    let by_role = caller
        .role_ids
        .iter()
        .any(|r| settings.admin_role_ids.contains(r));
    if by_role || settings.admin_user_ids.contains(&caller.user_id) {
        Ok(())
    } else {
        Err(Refusal::NotOperator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    fn settings(guilds: &[u64], roles: &[u64], users: &[u64]) -> DiscordSettings {
        let mut s = Settings::defaults().discord;
        s.guild_ids = guilds.to_vec();
        s.admin_role_ids = roles.to_vec();
        s.admin_user_ids = users.to_vec();
        s
    }

    fn caller(guild: Option<u64>, user: u64, roles: &[u64], perms: Permissions) -> Caller {
        Caller {
            guild_id: guild,
            user_id: user,
            role_ids: roles.to_vec(),
            permissions: Some(perms),
        }
    }

    #[test]
    fn manage_guild_or_administrator_may_reload() {
        let s = settings(&[], &[], &[]);
        assert_eq!(
            may_reload(&s, &caller(Some(1), 2, &[], Permissions::MANAGE_GUILD)),
            Ok(())
        );
        assert_eq!(
            may_reload(&s, &caller(Some(1), 2, &[], Permissions::ADMINISTRATOR)),
            Ok(())
        );
        assert_eq!(
            may_reload(&s, &caller(Some(1), 2, &[], Permissions::SEND_MESSAGES)),
            Err(Refusal::NotAdmin)
        );
        let mut none = caller(Some(1), 2, &[], Permissions::empty());
        none.permissions = None;
        assert_eq!(may_reload(&s, &none), Err(Refusal::NotAdmin));
    }

    #[test]
    fn listed_roles_and_users_may_reload() {
        let s = settings(&[], &[77], &[42]);
        let plain = Permissions::SEND_MESSAGES;
        assert_eq!(may_reload(&s, &caller(Some(1), 2, &[5, 77], plain)), Ok(()));
        assert_eq!(may_reload(&s, &caller(Some(1), 42, &[], plain)), Ok(()));
        assert_eq!(
            may_reload(&s, &caller(Some(1), 43, &[78], plain)),
            Err(Refusal::NotAdmin)
        );
    }

    #[test]
    fn dms_and_other_guilds_are_refused_even_for_admins() {
        let s = settings(&[10], &[], &[42]);
        let admin = Permissions::ADMINISTRATOR;
        assert_eq!(
            may_reload(&s, &caller(None, 42, &[], admin)),
            Err(Refusal::DirectMessage)
        );
        assert_eq!(
            may_reload(&s, &caller(Some(11), 42, &[], admin)),
            Err(Refusal::WrongGuild)
        );
        assert_eq!(may_reload(&s, &caller(Some(10), 42, &[], admin)), Ok(()));
    }

    #[test]
    fn only_listed_operators_change_data_whatever_their_permissions() {
        let s = settings(&[10], &[77], &[42]);
        let admin = Permissions::ADMINISTRATOR;
        assert_eq!(
            may_change_data(&s, &caller(Some(10), 5, &[], admin)),
            Err(Refusal::NotOperator)
        );
        assert_eq!(
            may_change_data(&s, &caller(Some(10), 5, &[77], Permissions::empty())),
            Ok(())
        );
        assert_eq!(
            may_change_data(&s, &caller(Some(10), 42, &[], Permissions::empty())),
            Ok(())
        );
        assert_eq!(
            may_change_data(&s, &caller(Some(11), 42, &[], admin)),
            Err(Refusal::WrongGuild)
        );
        assert_eq!(
            may_change_data(&s, &caller(None, 42, &[], admin)),
            Err(Refusal::DirectMessage)
        );
    }
}
