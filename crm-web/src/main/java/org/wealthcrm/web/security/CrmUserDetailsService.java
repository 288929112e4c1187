package org.wealthcrm.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users from app_user and app_user_role. */
@Service
class CrmUserDetailsService implements UserDetailsService {

    private final UserAccountMapper mapper;

    CrmUserDetailsService(UserAccountMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = mapper.findByUsername(username);
        if (account == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return new CrmUser(account, mapper.findRoles(username));
    }
}
