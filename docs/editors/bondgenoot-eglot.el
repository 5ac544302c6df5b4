;;; bondgenoot-eglot.el --- Bondgenoot-agenda's in Emacs, met eglot  -*- lexical-binding: t; -*-

;; Agenda's van Bondgenoot (*.agenda) in Emacs 28 of nieuwer, met eglot (Debian: elpa-eglot; vanaf
;; Emacs 29 ingebouwd) en de taalserver van Bondgenoot (`bondgenoot lsp`): bevindingen via flymake
;; terwijl u typt, aanvullen van actoren en netwerken, uitleg (eldoc), naar de definitie (xref), hernoemen.
;;
;; In ~/.emacs.d/init.el:
;;   (setq bondgenoot-program "/pad/naar/bondgenoot/bondgenoot")  ; weggelaten: $BONDGENOOT of bondgenoot op het PATH
;;   (load "/pad/naar/bondgenoot/docs/editors/bondgenoot-eglot.el")
;;
;; Het project van een agenda is, zoals op de opdrachtregel, de dichtstbijzijnde map erboven met
;; bondgenoot.profiel of .project, anders de map van de agenda zelf (niet de hoofdmap van Git).

;;; Code:

(require 'eglot)
(require 'project)
(require 'seq)

(defgroup bondgenoot nil
  "Agenda's van Bondgenoot."
  :group 'languages)

(defcustom bondgenoot-program (or (getenv "BONDGENOOT") "bondgenoot")
  "Het script bondgenoot: een volledig pad of een naam op het PATH."
  :type 'string
  :group 'bondgenoot)

(defconst bondgenoot-project-markers '("bondgenoot.profiel" ".project")
  "Bestanden die van een map een Bondgenoot-project maken.")

(defvar bondgenoot-agenda-mode-syntax-table
  (let ((table (make-syntax-table)))
    ;; // tot het einde van de regel en /* ... */ (de gewone Xtext-terminals)
    (modify-syntax-entry ?/ ". 124b" table)
    (modify-syntax-entry ?* ". 23" table)
    (modify-syntax-entry ?\n "> b" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?' "\"" table)
    ;; via-maatschappelijk-effect is één waarde
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?_ "_" table)
    table)
  "Syntaxtabel van `bondgenoot-agenda-mode'.")

;;;###autoload
(define-derived-mode bondgenoot-agenda-mode prog-mode "Agenda"
  "Agenda's van Bondgenoot; de taalserver (`bondgenoot lsp') toetst en vult aan via eglot."
  (setq-local comment-start "// ")
  (setq-local comment-start-skip "//+\\s-*")
  (setq-local comment-end "")
  (setq-local font-lock-defaults '(nil)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.agenda\\'" . bondgenoot-agenda-mode))

(defun bondgenoot-project-root (file)
  "De projectmap van FILE: de dichtstbijzijnde map erboven met een van `bondgenoot-project-markers', anders de map van FILE."
  (let* ((own (file-name-directory (expand-file-name file)))
         (found (locate-dominating-file
                 own (lambda (dir)
                       (seq-some (lambda (marker) (file-regular-p (expand-file-name marker dir)))
                                 bondgenoot-project-markers)))))
    (file-name-as-directory (expand-file-name (or found own)))))

(defun bondgenoot--project (dir)
  "Het project van een agenda in DIR voor project.el (en dus eglot), vóór het project van Git."
  (when (derived-mode-p 'bondgenoot-agenda-mode)
    (cons 'transient (bondgenoot-project-root (expand-file-name "agenda" dir)))))

(add-hook 'project-find-functions #'bondgenoot--project -50)

(add-to-list 'eglot-server-programs
             (cons 'bondgenoot-agenda-mode
                   (lambda (&optional _interactive) (list bondgenoot-program "lsp"))))

(add-hook 'bondgenoot-agenda-mode-hook #'eglot-ensure)

(provide 'bondgenoot-eglot)
;;; bondgenoot-eglot.el ends here
