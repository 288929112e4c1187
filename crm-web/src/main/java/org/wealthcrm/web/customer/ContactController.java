package org.wealthcrm.web.customer;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.recyclebin.BinKind;
import org.wealthcrm.web.recyclebin.BinRefusedException;
import org.wealthcrm.web.recyclebin.RecycleBin;
import org.wealthcrm.web.scope.DataScope;

/** The contact and relation forms of the customer page; deleting moves the row to the recycle bin. */
@Controller
class ContactController {

    private static final String BACK = "redirect:/customers/{custId}#contacts";

    private final CustomerContacts contacts;
    private final RecycleBin bin;

    ContactController(CustomerContacts contacts, RecycleBin bin) {
        this.contacts = contacts;
        this.bin = bin;
    }

    @PostMapping("/customers/{custId}/contacts")
    String addContact(DataScope scope, RedirectAttributes flash, @PathVariable String custId,
                      @RequestParam String contactType, @RequestParam String contactValue,
                      @RequestParam(required = false) String note) {
        try {
            contacts.addContact(scope, custId, new ContactForm.NewContact(contactType, contactValue, note));
            flash.addFlashAttribute("notice", "联系方式已保存");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return BACK;
    }

    @PostMapping("/customers/{custId}/relations")
    String addRelation(DataScope scope, RedirectAttributes flash, @PathVariable String custId,
                       @RequestParam String relationType, @RequestParam(required = false) String relatedCustId,
                       @RequestParam(required = false) String relatedName,
                       @RequestParam(required = false) String relatedMobile,
                       @RequestParam(required = false) String note) {
        try {
            contacts.addRelation(scope, custId,
                    new ContactForm.NewRelation(relationType, relatedCustId, relatedName, relatedMobile, note));
            flash.addFlashAttribute("notice", "关系人已保存");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return BACK;
    }

    @PostMapping("/customers/{custId}/contacts/{id}/delete")
    String deleteContact(DataScope scope, Authentication user, RedirectAttributes flash,
                         @PathVariable String custId, @PathVariable long id) {
        return discard(scope, user, flash, custId, BinKind.CONTACT, "customer_contact", id);
    }

    @PostMapping("/customers/{custId}/relations/{id}/delete")
    String deleteRelation(DataScope scope, Authentication user, RedirectAttributes flash,
                          @PathVariable String custId, @PathVariable long id) {
        return discard(scope, user, flash, custId, BinKind.RELATION, "customer_relation", id);
    }

    private String discard(DataScope scope, Authentication user, RedirectAttributes flash, String custId,
                           BinKind kind, String table, long id) {
        try {
            if (!contacts.belongsTo(table, id, custId)) {
                throw new BinRefusedException(kind.label() + " " + id + " 不属于该客户");
            }
            long binId = bin.discard(scope, user.getName(), kind, id);
            flash.addFlashAttribute("notice", "已移入回收站（#" + binId + "）");
        } catch (BinRefusedException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return BACK;
    }
}
