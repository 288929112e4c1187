package org.wealthcrm.web.importexport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.wealthcrm.web.security.CurrentUserAdvice;

/**
 * An upload larger than {@code spring.servlet.multipart.max-file-size} is refused on the import page (413) with the
 * limit in Chinese instead of an error page. Uploads exist only on that page.
 */
@ControllerAdvice
class UploadLimit {

    private final ExportPolicy policy;
    private final CurrentUserAdvice nav;
    private final DataSize maxFileSize;

    UploadLimit(ExportPolicy policy, CurrentUserAdvice nav,
                @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.policy = policy;
        this.nav = nav;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException refused) {
        ModelAndView page = new ModelAndView("importexport/import");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addAllObjects(ImportPage.attributes(policy));
        page.addAllObjects(nav.navAttributes());
        page.addObject("refusal", "文件超过" + maxFileSize.toMegabytes() + "MB的上限，请拆分成多个文件后导入");
        return page;
    }
}
